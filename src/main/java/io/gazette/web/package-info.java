/** The reader site's frame: layout, home, language entrance, caching and error pages. */
package io.gazette.web;
