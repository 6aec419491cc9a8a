/**
 * The newsroom's writing rules: drafts, saves with stale-version refusal, translations, slugs and
 * who may touch which story.
 */
package io.gazette.editorial;
