package io.gazette.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.GazetteConfig;
import io.gazette.i18n.Language;
import io.gazette.i18n.Languages;
import io.gazette.story.Article;
import io.gazette.story.Story;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jboss.logging.Logger;

/** Fills an empty database with the demo newsroom (SPEC §1), in one transaction. */
@ApplicationScoped
public class DemoContent {

  private static final Logger LOG = Logger.getLogger(DemoContent.class);
  private static final String RESOURCE = "demo/stories.json";

  private final GazetteConfig config;
  private final Languages languages;
  private final ObjectMapper json;

  DemoContent(GazetteConfig config, Languages languages, ObjectMapper json) {
    this.config = config;
    this.languages = languages;
    this.json = json;
  }

  @Transactional
  void onStart(@Observes @Priority(20) StartupEvent event) {
    if (!config.demoContent() || Story.count() > 0) {
      return;
    }
    DemoData data = read();
    new DemoWriter(languages.all().stream().map(Language::code).toList()).write(data);
    LOG.infof("Loaded the demo content: %d stories, %d articles", Story.count(), Article.count());
  }

  private DemoData read() {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the application");
      }
      return json.readValue(in, DemoData.class);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
