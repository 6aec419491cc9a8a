/** Sections of the site and their reader listings. */
package io.gazette.section;
