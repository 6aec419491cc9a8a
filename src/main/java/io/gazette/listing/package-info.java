/**
 * What readers and the app browse: the front page, section, tag and author listings, and their
 * public API.
 */
package io.gazette.listing;
