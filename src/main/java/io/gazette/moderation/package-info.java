/** The newsroom's side of comments: the moderation queue, staff replies and the blocklist. */
package io.gazette.moderation;
