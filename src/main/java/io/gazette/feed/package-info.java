/** What the app syncs and listens to: the change feed of articles and breaking news. */
package io.gazette.feed;
