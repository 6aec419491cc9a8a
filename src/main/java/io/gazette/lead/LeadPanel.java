package io.gazette.lead;

import io.gazette.media.MediaImage;

/**
 * The article form's lead image panel: the story's picture in the article's language, if any, and
 * whether its alt text is missing there.
 */
public record LeadPanel(long articleId, MediaImage image, boolean altMissing, String language) {}
