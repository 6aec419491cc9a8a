/**
 * The content model: stories, their language versions (articles), slugs kept as redirects,
 * revisions, sanitized bodies and card projections.
 */
package io.gazette.story;
