package io.gazette.library;

import io.gazette.GazetteConfig;
import io.gazette.media.MediaRefusal;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** An uploaded part's bytes, read from the temporary file Vert.x wrote, within the size limit. */
@ApplicationScoped
class Uploads {

  private final long limit;

  Uploads(GazetteConfig config) {
    this.limit = config.media().maxSize().asLongValue();
  }

  /** The part's bytes; refused as too large before they are read into memory. */
  byte[] read(FileUpload file) throws MediaRefusal {
    try {
      if (file == null || file.uploadedFile() == null || Files.size(file.uploadedFile()) == 0) {
        throw new MediaRefusal(MediaRefusal.Reason.EMPTY);
      }
      if (Files.size(file.uploadedFile()) > limit) {
        throw new MediaRefusal(MediaRefusal.Reason.TOO_LARGE);
      }
      return Files.readAllBytes(file.uploadedFile());
    } catch (IOException gone) {
      throw new MediaRefusal(MediaRefusal.Reason.EMPTY, gone);
    }
  }
}
