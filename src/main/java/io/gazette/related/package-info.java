/** Related articles shown under an article. */
package io.gazette.related;
