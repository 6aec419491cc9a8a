package io.gazette.library;

import io.gazette.i18n.Language;
import io.gazette.media.MediaAsset;
import io.gazette.media.MediaImage;
import java.util.List;

/**
 * What the asset page shows: the picture, its facts, the texts form (as typed when refused), the
 * stories using it, and what went wrong, if anything.
 *
 * @param texts the form's texts, one per configured language
 * @param error the message above the texts form, or null
 * @param fileError why a replacement file was refused, or null
 * @param usedError whether a deletion was just refused because stories use the picture
 */
public record AssetView(
    MediaAsset asset,
    MediaImage preview,
    String facts,
    String uploaded,
    List<LanguageTexts> texts,
    List<Usage> uses,
    Long article,
    String error,
    String fileError,
    boolean usedError) {

  /** Whether a language's texts were refused, for the form's alert. */
  public boolean textErrors() {
    return texts.stream().anyMatch(t -> t.error() != null);
  }

  /** The texts of one language in the form, with the field whose text is too long. */
  public record LanguageTexts(
      Language language, String alt, String caption, String credit, String error) {}
}
