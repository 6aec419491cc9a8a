package io.gazette.translation;

import io.gazette.editorial.ArticleSnapshot;
import io.gazette.editorial.NewsroomQueries.LanguageState;
import io.gazette.i18n.Bundles;
import io.gazette.i18n.Language;
import io.gazette.i18n.NewsroomMessages;
import io.gazette.i18n.NewsroomWords;
import io.gazette.story.StoryMessages;
import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * One language of a story as its overview shows it.
 *
 * @param lang the language's tag
 * @param languageName the language's own name
 * @param state missing, draft, review, scheduled, published, unpublished or outdated
 * @param stateLabel the state in the member's language
 * @param article the version in this language, or null when missing
 * @param original whether this version is the one the others are translated from
 * @param translateLabel "Translate into English" when missing and there is a source, else null
 * @param translateUrl where that link leads
 */
@TemplateData
public record StoryRow(
    String lang,
    String languageName,
    String state,
    String stateLabel,
    ArticleSnapshot article,
    boolean original,
    String translateLabel,
    String translateUrl) {

  /** The rows of a story, with translation links from its original version. */
  public static List<StoryRow> of(List<LanguageState> states, Language ui, NewsroomMessages m) {
    ArticleSnapshot source = source(states);
    return states.stream().map(state -> row(state, source, ui, m)).toList();
  }

  /** The version the others are translated from: the original, else any existing one. */
  public static ArticleSnapshot source(List<LanguageState> states) {
    List<ArticleSnapshot> versions =
        states.stream().map(LanguageState::article).filter(a -> a != null).toList();
    return versions.stream()
        .filter(a -> a.sourceId() == null)
        .findFirst()
        .orElse(versions.isEmpty() ? null : versions.get(0));
  }

  private static StoryRow row(
      LanguageState state, ArticleSnapshot source, Language ui, NewsroomMessages m) {
    ArticleSnapshot article = state.article();
    Language language = state.language();
    String label = article == null ? m.stateMissing() : status(article, ui);
    if (article != null && article.outdated()) {
      label = m.outdatedWithStatus(label);
    }
    boolean translatable = article == null && source != null;
    return new StoryRow(
        language.code(),
        language.name(),
        state.state(),
        label,
        article,
        article != null && source != null && article.id() == source.id(),
        translatable ? m.translateInto(NewsroomWords.languageName(language, ui)) : null,
        translatable ? "/admin/articles/" + source.id() + "/translate/" + language.code() : null);
  }

  private static String status(ArticleSnapshot article, Language ui) {
    return Bundles.in(StoryMessages.class, ui).status(article.status());
  }
}
