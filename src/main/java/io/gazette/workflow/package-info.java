/** The editorial workflow: submit, check, publish now or at a time, unpublish, send back. */
package io.gazette.workflow;
