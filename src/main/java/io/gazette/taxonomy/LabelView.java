package io.gazette.taxonomy;

import java.util.Map;

/**
 * A section or tag as the newsroom lists it, detached from the session.
 *
 * @param id the record
 * @param position its place in the navigation, null for tags
 * @param labels name and slug by language
 */
public record LabelView(long id, Integer position, Map<String, LocalizedName> labels) {}
