/** Tags shared by stories and their reader listings. */
package io.gazette.tag;
