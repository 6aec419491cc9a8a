package io.gazette.editorial;

import io.gazette.i18n.Slugs;
import io.gazette.story.Story;
import io.gazette.taxonomy.LocalizedName;
import io.gazette.taxonomy.Tag;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Sets a story's tags from names typed in one language, creating the unknown ones. */
final class StoryTags {

  private StoryTags() {}

  static void replace(Story story, String lang, List<String> names) {
    Set<Tag> tags = new LinkedHashSet<>();
    for (String raw : names == null ? List.<String>of() : names) {
      String name = raw == null ? "" : raw.strip();
      if (!name.isEmpty() && name.length() <= 100) {
        tags.add(findOrCreate(lang, name));
      }
    }
    // Tags without a name in this language stay: they were set in another language's form.
    story.tags.removeIf(tag -> tag.label(lang).isPresent() && !tags.contains(tag));
    story.tags.addAll(tags);
  }

  private static Tag findOrCreate(String lang, String name) {
    return Tag.<Tag>find(
            "select t from Tag t join t.labels l where key(l) = ?1 and lower(l.name) = lower(?2)",
            lang,
            name)
        .firstResultOptional()
        .orElseGet(
            () -> {
              Tag tag = new Tag();
              String slug = Slugs.unique(name, s -> Tag.findBySlug(lang, s).isPresent());
              tag.labels.put(lang, new LocalizedName(name, slug));
              tag.persist();
              return tag;
            });
  }
}
