package io.gazette.search;

import io.gazette.GazetteConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jboss.logging.Logger;

/**
 * This node's Lucene index under {@code <data-dir>/search-index}: one writer, searchers refreshed
 * at each commit. Each commit records the change feed's number it has reached, so that a restart
 * goes on from there; an index that cannot be read, or was written by another version of this code,
 * is thrown away and built again ({@link SearchIndexer}).
 */
@ApplicationScoped
public class SearchIndex {

  /** Changes whenever the fields or analyzers change: an older index is then built again. */
  static final String FORMAT = "1";

  private static final Logger LOG = Logger.getLogger(SearchIndex.class);
  private static final String SEQ_KEY = "seq";
  private static final String FORMAT_KEY = "format";

  private final Path path;
  private Directory directory;
  private IndexWriter writer;
  private volatile SearcherManager searchers;

  SearchIndex(GazetteConfig config) {
    this.path = Path.of(config.dataDir()).toAbsolutePath().resolve("search-index");
  }

  /**
   * Opens the index; answers false when it had to start from nothing (missing, unreadable or of
   * another format), so that the caller fills it.
   */
  synchronized boolean open() {
    close();
    try {
      if (openExisting()) {
        return true;
      }
    } catch (IOException | RuntimeException unreadable) {
      LOG.warnf("Search index at %s unreadable (%s): building it again", path, unreadable);
      close();
    }
    try {
      delete();
      openFresh();
      return false;
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  private boolean openExisting() throws IOException {
    directory = FSDirectory.open(path);
    if (!DirectoryReader.indexExists(directory)) {
      return false;
    }
    writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.APPEND));
    searchers = new SearcherManager(writer, null);
    return FORMAT.equals(commitData().get(FORMAT_KEY));
  }

  private void openFresh() throws IOException {
    Files.createDirectories(path);
    directory = FSDirectory.open(path);
    writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
    writer.setLiveCommitData(Map.of(SEQ_KEY, "0", FORMAT_KEY, FORMAT).entrySet());
    writer.commit();
    searchers = new SearcherManager(writer, null);
  }

  private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
    return new IndexWriterConfig(new SearchAnalyzers()).setOpenMode(mode);
  }

  boolean isOpen() {
    return searchers != null;
  }

  /** The change feed's number the index has reached, as of its last commit. */
  synchronized long seq() {
    return Long.parseLong(commitData().getOrDefault(SEQ_KEY, "0"));
  }

  private Map<String, String> commitData() {
    Map<String, String> data = new java.util.HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
    }
    return data;
  }

  /**
   * Writes documents (replacing those of the same id), removes others, and commits at {@code seq}.
   */
  synchronized void apply(List<Document> upserts, List<String> deletes, long seq) {
    try {
      for (Document doc : upserts) {
        writer.updateDocument(new Term(SearchFields.ID, doc.get(SearchFields.ID)), doc);
      }
      for (String id : deletes) {
        writer.deleteDocuments(new Term(SearchFields.ID, id));
      }
      commit(seq);
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  /** Adds documents of a rebuild, without committing: readers see the old index until the end. */
  synchronized void add(List<Document> docs) {
    try {
      writer.addDocuments(docs);
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  /** Empties the index, for a rebuild; nothing changes for readers until the next commit. */
  synchronized void clear() {
    try {
      writer.deleteAll();
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  synchronized void commit(long seq) {
    try {
      writer.setLiveCommitData(Map.of(SEQ_KEY, Long.toString(seq), FORMAT_KEY, FORMAT).entrySet());
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  /** How many articles the index holds, as readers see it. */
  int size() {
    return search(searcher -> searcher.getIndexReader().numDocs());
  }

  /** Runs {@code work} on the latest searcher. */
  <T> T search(Function<IndexSearcher, T> work) {
    SearcherManager current = searchers;
    if (current == null) {
      throw new IllegalStateException("The search index is being opened");
    }
    try {
      IndexSearcher searcher = current.acquire();
      try {
        return work.apply(searcher);
      } finally {
        current.release(searcher);
      }
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  private void delete() throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  @PreDestroy
  synchronized void close() {
    closeQuietly(searchers);
    closeQuietly(writer);
    closeQuietly(directory);
    searchers = null;
    writer = null;
    directory = null;
  }

  private static void closeQuietly(java.io.Closeable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (IOException | RuntimeException ignored) {
      // Closing an index that failed to open: nothing more can be done with it.
    }
  }
}
