package io.gazette.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.GazetteConfig;
import io.gazette.changefeed.ChangeFeed;
import io.gazette.library.MediaLibrary;
import io.gazette.library.TextsInput;
import io.gazette.media.MediaAsset;
import io.gazette.media.MediaRefusal;
import io.gazette.story.Story;
import io.gazette.web.PageCache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * The demo stories' photographs ({@code demo/photos/}, freely licensed, see its LICENCES.md): each
 * taken into the library with its alt text, caption and credit in French and English and made the
 * lead image of its story, in the background, so that the first start is not slowed by it.
 */
@ApplicationScoped
public class DemoPhotos {

  private static final Logger LOG = Logger.getLogger(DemoPhotos.class);

  /** One photograph: its file, the index of its story in stories.json, and its texts. */
  record PhotoData(
      String file,
      int story,
      Map<String, String> alt,
      Map<String, String> caption,
      Map<String, String> credit) {}

  private final MediaLibrary library;
  private final ObjectMapper json;
  private final ManagedExecutor executor;
  private final PageCache pages;
  private final ChangeFeed changes;
  private final GazetteConfig config;

  DemoPhotos(
      MediaLibrary library,
      ObjectMapper json,
      ManagedExecutor executor,
      PageCache pages,
      ChangeFeed changes,
      GazetteConfig config) {
    this.changes = changes;
    this.config = config;
    this.library = library;
    this.json = json;
    this.executor = executor;
    this.pages = pages;
  }

  /**
   * After the demo content is written (priority 20, committed), starts taking the photographs in
   * when the library is empty and the stories are the demo's alone, in the order they were written.
   */
  void onStart(@Observes @Priority(30) StartupEvent event) {
    if (!config.demoContent() || !config.demoPhotos()) {
      return;
    }
    List<PhotoData> photos = read();
    List<Long> storyIds =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    MediaAsset.count() > 0 || Story.count() != photos.size()
                        ? List.<Long>of()
                        : Story.<Story>list("order by id").stream().map(s -> s.id).toList());
    if (!storyIds.isEmpty()) {
      executor.runAsync(() -> load(photos, storyIds));
    }
  }

  private void load(List<PhotoData> photos, List<Long> storyIds) {
    int done = 0;
    for (PhotoData photo : photos) {
      if (photo.story() < storyIds.size() && attach(photo, storyIds.get(photo.story()))) {
        done++;
      }
    }
    pages.invalidateAll();
    LOG.infof("Loaded the demo photographs: %d stories have their lead image", done);
  }

  private boolean attach(PhotoData photo, long storyId) {
    try {
      MediaAsset asset = library.upload(null, photo.file(), bytes("demo/photos/" + photo.file()));
      library.saveTexts(null, asset.id, asset.version, texts(photo));
      QuarkusTransaction.requiringNew().run(() -> lead(asset.id, storyId));
      return true;
    } catch (MediaRefusal | RuntimeException failed) {
      LOG.warnf("Demo photograph %s not loaded: %s", photo.file(), failed.toString());
      return false;
    }
  }

  private static List<TextsInput> texts(PhotoData photo) {
    return photo.alt().keySet().stream()
        .map(
            lang ->
                new TextsInput(
                    lang,
                    photo.alt().get(lang),
                    photo.caption().getOrDefault(lang, ""),
                    photo.credit().getOrDefault(lang, "")))
        .toList();
  }

  private void lead(long assetId, long storyId) {
    Story story = Story.findById(storyId);
    if (story != null && story.leadImage == null) {
      story.leadImage = MediaAsset.findById(assetId);
      changes.record(story);
    }
  }

  private List<PhotoData> read() {
    try (InputStream in = resource("demo/photos.json")) {
      return json.readValue(in, new TypeReference<List<PhotoData>>() {});
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static byte[] bytes(String name) {
    try (InputStream in = resource(name)) {
      return in.readAllBytes();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is missing from the application");
    }
    return in;
  }
}
