/** Authors: the bylines of stories, optionally linked to a newsroom account. */
package io.gazette.author;
