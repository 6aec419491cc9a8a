/** The RSS 2.0 and Atom 1.0 feeds of each language, section and tag, built with Rome. */
package io.gazette.feed;
