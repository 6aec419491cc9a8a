package io.gazette.search;

/**
 * A search as asked: text, the reader's language, an optional section, the order and the page.
 *
 * @param typed the text as typed, any length and any characters
 * @param lang the language searched first
 * @param sectionId the section searched in, or null for all
 * @param order the order of results
 * @param page the page, from 1
 * @param size results per page
 */
public record SearchRequest(
    String typed, String lang, Long sectionId, SearchOrder order, int page, int size) {}
