package io.gazette.demo;

import io.gazette.author.Author;
import io.gazette.i18n.Slugs;
import io.gazette.story.Article;
import io.gazette.story.ArticleRevision;
import io.gazette.story.ArticleStatus;
import io.gazette.story.BodySanitizer;
import io.gazette.story.Story;
import io.gazette.taxonomy.LocalizedName;
import io.gazette.taxonomy.Section;
import io.gazette.taxonomy.Tag;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Persists parsed demo data; only the site's configured languages are written. */
class DemoWriter {

  private final List<String> languages;
  private final Map<String, Author> authors = new HashMap<>();
  private final Map<String, Section> sections = new HashMap<>();
  private final Map<String, Tag> tags = new HashMap<>();

  DemoWriter(List<String> languages) {
    this.languages = languages;
  }

  void write(DemoData data) {
    data.authors().forEach(this::author);
    for (int i = 0; i < data.sections().size(); i++) {
      section(data.sections().get(i), i);
    }
    data.tags().forEach(this::tag);
    data.stories().forEach(this::story);
  }

  private void author(DemoData.AuthorData data) {
    Author author = new Author();
    author.name = data.name();
    author.slug = Slugs.of(data.name());
    author.persist();
    authors.put(data.key(), author);
  }

  private void section(DemoData.NamedData data, int position) {
    Section section = new Section();
    section.position = position;
    section.labels.putAll(labels(data.names()));
    section.persist();
    sections.put(data.key(), section);
  }

  private void tag(DemoData.NamedData data) {
    Tag tag = new Tag();
    tag.labels.putAll(labels(data.names()));
    tag.persist();
    tags.put(data.key(), tag);
  }

  private Map<String, LocalizedName> labels(Map<String, String> names) {
    return names.entrySet().stream()
        .filter(name -> languages.contains(name.getKey()))
        .collect(
            Collectors.toMap(
                Map.Entry::getKey,
                name -> new LocalizedName(name.getValue(), Slugs.of(name.getValue()))));
  }

  private void story(DemoData.StoryData data) {
    Story story = new Story();
    story.section = sections.get(data.section());
    story.author = authors.get(data.author());
    data.tags().forEach(key -> story.tags.add(tags.get(key)));
    story.mustRead = data.mustRead();
    story.commentsOpen = true;
    Map<String, Article> versions = new LinkedHashMap<>();
    data.versions()
        .forEach(
            (lang, version) -> {
              if (languages.contains(lang)) {
                versions.put(lang, article(story, lang, version));
              }
            });
    story.createdAt =
        versions.values().stream()
            .map(a -> a.createdAt)
            .min(Instant::compareTo)
            .orElse(Instant.now());
    story.persist();
    Article original = null;
    for (Article article : versions.values()) {
      // The first version in the file is the original; the others were translated from it.
      if (original == null) {
        original = article;
      } else {
        article.source = original;
        article.sourceRevision = 1;
      }
      article.persist();
      ArticleRevision.of(article, "demo").persist();
    }
    DemoComments.write(data.comments(), versions);
  }

  private static Article article(Story story, String lang, DemoData.VersionData data) {
    Article article = new Article();
    article.story = story;
    article.lang = lang;
    article.title = data.title();
    article.slug = Slugs.unique(data.title(), candidate -> Article.slugTaken(lang, candidate));
    article.standfirst = data.standfirst();
    article.bodyHtml = BodySanitizer.sanitize(paragraphs(data.body()));
    article.status = ArticleStatus.PUBLISHED;
    article.revision = 1;
    article.publishedRevision = 1;
    article.publishedAt = data.publishedAt().toInstant();
    article.createdAt = article.publishedAt;
    article.updatedAt =
        data.updatedAt() == null ? article.publishedAt : data.updatedAt().toInstant();
    return article;
  }

  /** Plain paragraphs become {@code <p>}; blocks that are already elements stay as they are. */
  private static String paragraphs(List<String> blocks) {
    StringBuilder html = new StringBuilder();
    for (String block : blocks) {
      html.append(
          block.startsWith("<") && !block.startsWith("<em>") && !block.startsWith("<strong>")
              ? block
              : "<p>" + block + "</p>");
      html.append('\n');
    }
    return html.toString();
  }
}
