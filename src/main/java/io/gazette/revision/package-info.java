/** Revisions of an article: the history, word and paragraph diffs, and restoring an older text. */
package io.gazette.revision;
