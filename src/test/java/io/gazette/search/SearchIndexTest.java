package io.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.GazetteConfig;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SearchIndexTest {

  @Inject SearchIndexer indexer;
  @Inject SearchIndex index;
  @Inject SearchService search;
  @Inject GazetteConfig config;

  SearchResults coree() {
    return search.search(new SearchRequest("coree", "fr", null, SearchOrder.RELEVANCE, 1, 10));
  }

  Path folder() {
    return Path.of(config.dataDir()).toAbsolutePath().resolve("search-index");
  }

  @Test
  void shouldBuildTheIndexAgainAfterItIsDeleted() throws Exception {
    indexer.catchUp();
    assertThat(coree().total()).isPositive();
    synchronized (io.quarkus.arc.ClientProxy.unwrap(indexer)) {
      index.close();
      try (Stream<Path> files = Files.walk(folder())) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
      indexer.start();
    }
    assertThat(coree().total()).isPositive();
  }

  @Test
  void shouldBuildTheIndexAgainWhenItIsCorrupt() throws Exception {
    indexer.catchUp();
    synchronized (io.quarkus.arc.ClientProxy.unwrap(indexer)) {
      index.close();
      try (Stream<Path> files = Files.list(folder())) {
        for (Path file :
            files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
          Files.write(file, new byte[] {1, 2, 3, 4});
        }
      }
      indexer.start();
    }
    assertThat(coree().total()).isPositive();
  }
}
