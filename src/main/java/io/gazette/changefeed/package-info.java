/** The app's sync: a numbered feed of story changes and its public API. */
package io.gazette.changefeed;
