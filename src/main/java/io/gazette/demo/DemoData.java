package io.gazette.demo;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** The shape of {@code demo/stories.json}: authors, sections, tags and stories with comments. */
record DemoData(
    List<AuthorData> authors,
    List<NamedData> sections,
    List<NamedData> tags,
    List<StoryData> stories) {

  record AuthorData(String key, String name) {}

  /** A section or tag: a key and its name in each language. */
  record NamedData(String key, Map<String, String> names) {}

  record StoryData(
      String section,
      String author,
      List<String> tags,
      boolean mustRead,
      Map<String, VersionData> versions,
      List<CommentData> comments) {}

  record VersionData(
      String title,
      String standfirst,
      List<String> body,
      OffsetDateTime publishedAt,
      OffsetDateTime updatedAt) {}

  record CommentData(
      String lang, String name, String email, String body, OffsetDateTime at, Integer replyTo) {}
}
