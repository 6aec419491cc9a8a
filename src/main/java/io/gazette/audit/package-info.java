/** The newsroom's audit log: every state change, who made it and when. */
package io.gazette.audit;
