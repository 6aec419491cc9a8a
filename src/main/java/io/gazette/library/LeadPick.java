package io.gazette.library;

/** The article whose story's lead image the library grid is choosing. */
public record LeadPick(long articleId, String title) {}
