package io.gazette.translation;

import io.gazette.i18n.Language;
import io.gazette.media.MediaAsset;
import io.gazette.story.Story;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What the story page tells about the story's lead picture in each language. */
@ApplicationScoped
public class StoryPictures {

  /** The languages in which the story's lead picture has no alt text; none without a picture. */
  @Transactional
  public Set<String> withoutAlt(long storyId, List<Language> languages) {
    Story story = Story.findById(storyId);
    MediaAsset lead = story == null ? null : story.leadImage;
    if (lead == null) {
      return Set.of();
    }
    return languages.stream()
        .map(Language::code)
        .filter(code -> lead.alt(code).isBlank())
        .collect(Collectors.toSet());
  }
}
