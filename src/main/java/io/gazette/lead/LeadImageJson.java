package io.gazette.lead;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The picture to lead a story with; null or left out takes the lead image away. */
@Schema(name = "LeadImage")
public record LeadImageJson(@Schema(nullable = true) Long mediaId) {}
