package io.gazette.web;

/** A section in the site navigation: its name and listing path in the page's language. */
public record NavSection(long id, String name, String path) {}
