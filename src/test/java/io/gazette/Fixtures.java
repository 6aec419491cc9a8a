package io.gazette;

import io.gazette.account.Account;
import io.gazette.admin.Role;
import io.gazette.admin.SignedIn;
import io.gazette.author.Author;
import io.gazette.changefeed.ChangeFeed;
import io.gazette.i18n.Slugs;
import io.gazette.story.Article;
import io.gazette.story.ArticleStatus;
import io.gazette.story.BodySanitizer;
import io.gazette.story.Story;
import io.gazette.taxonomy.LocalizedName;
import io.gazette.taxonomy.Section;
import io.gazette.taxonomy.SiteNavigation;
import io.gazette.taxonomy.Tag;
import io.gazette.web.PageCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Builds stories for tests; titles carry a random mark so that tests never share slugs. */
@ApplicationScoped
public class Fixtures {

  /** One language version to create. */
  public record Version(String lang, String title, ArticleStatus status) {}

  /** What was created: the story and its articles by language. */
  public record Created(long storyId, Map<String, Article> articles) {
    public Article in(String lang) {
      return articles.get(lang);
    }

    public String path(String lang) {
      return "/" + lang + "/" + articles.get(lang).slug;
    }
  }

  /** The password of every account made by {@link #member}. */
  public static final String PASSWORD = "correct horse battery";

  private static final Instant OLDER_THAN_DEMO = Instant.parse("2023-01-01T00:00:00Z");
  private static final AtomicLong CLOCK = new AtomicLong();

  private final PageCache pages;
  private final SiteNavigation navigation;
  private final ChangeFeed feed;

  Fixtures(PageCache pages, SiteNavigation navigation, ChangeFeed feed) {
    this.pages = pages;
    this.navigation = navigation;
    this.feed = feed;
  }

  public static Version published(String lang, String title) {
    return new Version(lang, title + " " + mark(), ArticleStatus.PUBLISHED);
  }

  public static Version withStatus(String lang, String title, ArticleStatus status) {
    return new Version(lang, title + " " + mark(), status);
  }

  public static String mark() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** A story in {@code section} (created when new) with the given tags and versions. */
  @Transactional
  public Created story(String section, List<String> tags, Version... versions) {
    Story story = new Story();
    story.section = section(section);
    story.author = author();
    tags.forEach(name -> story.tags.add(tag(name)));
    story.persist();
    Map<String, Article> articles = new LinkedHashMap<>();
    for (Version version : versions) {
      articles.put(version.lang(), article(story, version));
    }
    feed.record(story);
    changed();
    return new Created(story.id, articles);
  }

  /** Changes the status of an article, as the newsroom would. */
  @Transactional
  public void setStatus(long articleId, ArticleStatus status) {
    Article article = Article.findById(articleId);
    article.status = status;
    feed.record(article);
    changed();
  }

  /** Gives the story an author of its own, who has written nothing else; answers their slug. */
  @Transactional
  public String ownAuthor(long storyId) {
    Author author = new Author();
    author.name = "Author " + mark();
    author.slug = Slugs.of(author.name);
    author.persist();
    Story story = Story.findById(storyId);
    story.author = author;
    feed.record(story);
    changed();
    return author.slug;
  }

  /** A new enabled account with this role, as the newsroom services see it. */
  @Transactional
  public SignedIn member(Role role) {
    Account account = Account.create(role.name().toLowerCase() + "-" + mark(), PASSWORD, role);
    account.persist();
    return new SignedIn(
        account.id, account.username, account.displayName, role, null, "csrf-" + mark());
  }

  private void changed() {
    pages.invalidateAll();
    navigation.reload();
  }

  private static Article article(Story story, Version version) {
    Article article = new Article();
    article.story = story;
    article.lang = version.lang();
    article.title = version.title();
    article.slug = Slugs.unique(version.title(), slug -> Article.slugTaken(version.lang(), slug));
    article.standfirst = "Standfirst of " + version.title();
    article.bodyHtml = BodySanitizer.sanitize("<p>Body of " + version.title() + ".</p>");
    article.status = version.status();
    // Older than the demo content, so that the demo stays on top of the home page.
    article.publishedAt = OLDER_THAN_DEMO.plusSeconds(CLOCK.incrementAndGet());
    article.persist();
    return article;
  }

  private static Section section(String name) {
    return Section.<Section>find(
            "select s from Section s join s.labels l where key(l) = 'en' and l.name = ?1", name)
        .firstResultOptional()
        .orElseGet(
            () -> {
              Section section = new Section();
              section.position = 100;
              section.labels.putAll(labels(name));
              section.persist();
              return section;
            });
  }

  private static Tag tag(String name) {
    return Tag.<Tag>find(
            "select t from Tag t join t.labels l where key(l) = 'en' and l.name = ?1", name)
        .firstResultOptional()
        .orElseGet(
            () -> {
              Tag tag = new Tag();
              tag.labels.putAll(labels(name));
              tag.persist();
              return tag;
            });
  }

  private static Map<String, LocalizedName> labels(String name) {
    String slug = Slugs.of(name);
    return Map.of(
        "fr", new LocalizedName(name + " (fr)", slug + "-fr"), "en", new LocalizedName(name, slug));
  }

  private static Author author() {
    return Author.<Author>find("slug", "test-author")
        .firstResultOptional()
        .orElseGet(
            () -> {
              Author author = new Author();
              author.name = "Test Author";
              author.slug = "test-author";
              author.persist();
              return author;
            });
  }
}
