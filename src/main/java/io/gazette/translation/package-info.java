/**
 * Content translation in the newsroom: a story's languages, translating one, and what changed in
 * its source.
 */
package io.gazette.translation;
