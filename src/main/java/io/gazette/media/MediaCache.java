package io.gazette.media;

import io.gazette.GazetteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * This node's copy of the served renditions, under {@code <data-dir>/media-cache}: the database
 * holds every file, so any node can serve any picture; each writes a file on first request and
 * serves it from disk after. A file is written under a temporary name and moved into place, so a
 * reader never sees half of one.
 */
@ApplicationScoped
public class MediaCache {

  private final Path root;

  MediaCache(GazetteConfig config) {
    this.root = Path.of(config.dataDir()).toAbsolutePath().resolve("media-cache");
  }

  /** The file of a rendition on this node's disk, written from the database when missing. */
  @Transactional
  public Optional<Path> file(MediaPaths.Named named) {
    Path file = root.resolve(named.hash() + "." + named.kind().extension());
    if (Files.isRegularFile(file)) {
      return Optional.of(file);
    }
    return MediaFile.findRendition(named.hash())
        .filter(stored -> stored.kind == named.kind())
        .map(stored -> write(file, stored.bytes));
  }

  private Path write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(root);
      Path part = Files.createTempFile(root, "part-", ".tmp");
      Files.write(part, bytes);
      try {
        Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException notOnThisDisk) {
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
      }
      return file;
    } catch (IOException notWritable) {
      throw new UncheckedIOException(notWritable);
    }
  }

  /** Forgets the files of renditions no longer stored (after a replace or a delete). */
  public void forget(Iterable<Rendition> renditions) {
    for (Rendition rendition : renditions) {
      try {
        Files.deleteIfExists(root.resolve(rendition.hash() + "." + rendition.kind().extension()));
      } catch (IOException stillThere) {
        // A stale file is harmless: its name is a hash that nothing links to any more.
      }
    }
  }
}
