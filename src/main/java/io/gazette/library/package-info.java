/** The newsroom's media library: uploads, texts per language, usage, lead images, its API. */
package io.gazette.library;
