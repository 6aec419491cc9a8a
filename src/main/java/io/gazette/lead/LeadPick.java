package io.gazette.lead;

/** The article whose story's lead image the library grid is choosing. */
public record LeadPick(long articleId, String title) {}
