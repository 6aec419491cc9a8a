package io.gazette.article;

import io.gazette.Fixtures;
import io.gazette.i18n.Slugs;
import io.gazette.story.Story;
import io.gazette.web.PageCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Stories for public API tests: each in a section and with a tag of its own, so filterable. */
@ApplicationScoped
public class ApiStories {

  private final Fixtures fixtures;
  private final PageCache pages;

  ApiStories(Fixtures fixtures, PageCache pages) {
    this.fixtures = fixtures;
    this.pages = pages;
  }

  /**
   * A story in the section and with the tag of this mark (English names {@code Section <mark>} and
   * {@code Tag <mark>}), both created by the first story of the mark.
   */
  public Fixtures.Created story(String mark, Fixtures.Version... versions) {
    return fixtures.story("Section " + mark, List.of("Tag " + mark), versions);
  }

  /** Flags the story as a must-read, as an editor's save would. */
  @Transactional
  public void mustRead(long storyId) {
    Story story = Story.findById(storyId);
    story.mustRead = true;
    pages.invalidateAll();
  }

  /** The section slug of {@link #story} in a language. */
  public static String sectionSlug(String mark, String lang) {
    String slug = Slugs.of("Section " + mark);
    return lang.equals("en") ? slug : slug + "-" + lang;
  }

  /** The tag slug of {@link #story} in a language. */
  public static String tagSlug(String mark, String lang) {
    String slug = Slugs.of("Tag " + mark);
    return lang.equals("en") ? slug : slug + "-" + lang;
  }
}
