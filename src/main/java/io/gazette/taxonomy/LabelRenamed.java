package io.gazette.taxonomy;

/**
 * A section's or tag's name or slug changed in some language, fired inside the transaction that
 * changed it, so that whatever shows its stories' labels (the change feed) follows.
 *
 * @param taxonomy section or tag
 * @param id the section's or tag's id
 */
public record LabelRenamed(Taxonomy taxonomy, long id) {}
