/**
 * Sections and tags: names and slugs per language, their newsroom screens and the site navigation.
 */
package io.gazette.taxonomy;
