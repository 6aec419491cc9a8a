package io.gazette.translation;

import io.gazette.editorial.ArticleDraft;
import io.gazette.editorial.ArticleSnapshot;
import io.gazette.story.Story;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;

/** Turns a translation form into a draft that keeps everything the story already decides. */
@ApplicationScoped
public class TranslationDrafts {

  /**
   * The draft of the {@code lang} version: typed texts, and the story's current section, flags and
   * tags. Tags go by their names in {@code lang} (the source's names would create new tags there);
   * tags without a name in {@code lang} stay on the story untouched.
   */
  @Transactional
  public ArticleDraft draft(ArticleSnapshot source, String lang, TranslationForm form) {
    Story story = Story.findById(source.storyId());
    List<String> tags =
        story.tags.stream()
            .map(tag -> tag.label(lang).map(label -> label.name).orElse(null))
            .filter(Objects::nonNull)
            .sorted()
            .toList();
    return new ArticleDraft(
        form.title(),
        form.slug(),
        form.standfirst(),
        form.bodyHtml(),
        source.sectionId(),
        tags,
        source.mustRead(),
        source.commentsOpen());
  }
}
