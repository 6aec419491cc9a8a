package io.gazette.media;

import io.gazette.GazetteConfig;
import io.gazette.media.MediaRefusal.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

/**
 * Takes an uploaded file in: the first bytes decide what it is, the declared size is checked
 * against the pixel limit before anything is decoded, the decoded picture is turned upright by its
 * EXIF orientation, and the renditions are made from it. Blocking; never on the event loop.
 */
@ApplicationScoped
public class ImageIngest {

  private final GazetteConfig.Media config;
  private final Renditions renditions;
  private final Semaphore slots;

  ImageIngest(GazetteConfig config) {
    this.config = config.media();
    this.renditions = new Renditions(this.config.widths(), this.config.jpegQuality());
    this.slots = new Semaphore(this.config.concurrentIngests(), true);
    ImageIO.setUseCache(false);
    ImageIO.scanForPlugins();
  }

  /** The picture in {@code bytes} with its renditions, or why it is refused. */
  public Ingested ingest(byte[] bytes) throws MediaRefusal {
    ImageKind kind = kindOf(bytes);
    acquire();
    try {
      Upright picture = decode(kind, bytes);
      return new Ingested(
          kind,
          picture.image().getWidth(),
          picture.image().getHeight(),
          Renditions.sha256(bytes),
          renditions.of(picture.image()));
    } finally {
      slots.release();
    }
  }

  private ImageKind kindOf(byte[] bytes) throws MediaRefusal {
    if (bytes.length == 0) {
      throw new MediaRefusal(Reason.EMPTY);
    }
    if (bytes.length > config.maxSize().asLongValue()) {
      throw new MediaRefusal(Reason.TOO_LARGE);
    }
    return ImageKind.sniff(bytes)
        .orElseThrow(
            () -> new MediaRefusal(looksLikeSvg(bytes) ? Reason.SVG : Reason.NOT_AN_IMAGE));
  }

  private static boolean looksLikeSvg(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.UTF_8)
            .toLowerCase(Locale.ROOT);
    return head.contains("<svg");
  }

  private void acquire() throws MediaRefusal {
    try {
      if (!slots.tryAcquire(30, TimeUnit.SECONDS)) {
        throw new MediaRefusal(Reason.BUSY);
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new MediaRefusal(Reason.BUSY);
    }
  }

  private record Upright(BufferedImage image) {}

  private Upright decode(ImageKind kind, byte[] bytes) throws MediaRefusal {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      ImageReader reader = readerFor(kind);
      try {
        reader.setInput(in, false, false);
        return new Upright(read(kind, reader));
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException unreadable) {
      throw new MediaRefusal(Reason.CORRUPT, unreadable);
    }
  }

  private static ImageReader readerFor(ImageKind kind) throws MediaRefusal {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(kind.mediaType());
    if (!readers.hasNext()) {
      throw new MediaRefusal(Reason.NOT_AN_IMAGE);
    }
    return readers.next();
  }

  private BufferedImage read(ImageKind kind, ImageReader reader) throws IOException, MediaRefusal {
    int width = reader.getWidth(0);
    int height = reader.getHeight(0);
    if (width < 1 || height < 1 || (long) width * height > config.maxPixels()) {
      throw new MediaRefusal(Reason.TOO_MANY_PIXELS);
    }
    Orientation orientation = kind == ImageKind.JPEG ? orientation(reader) : null;
    List<String> warnings = new ArrayList<>();
    reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
    BufferedImage image = reader.read(0, subsampled(reader, width, height));
    if (!warnings.isEmpty()) {
      throw new MediaRefusal(Reason.CORRUPT);
    }
    return orientation == null
        ? image
        : ExifFilterUtils.getFilterForOrientation(orientation).apply(image);
  }

  /** Decoding every pixel of a huge photo is not needed for 1,600 px renditions: skip some. */
  private ImageReadParam subsampled(ImageReader reader, int width, int height) {
    ImageReadParam param = reader.getDefaultReadParam();
    int widest = config.widths().stream().mapToInt(Integer::intValue).max().orElse(1600);
    int step = Math.max(1, Math.max(width, height) / (2 * widest));
    param.setSourceSubsampling(step, step, 0, 0);
    return param;
  }

  private static Orientation orientation(ImageReader reader) {
    try {
      return ExifUtils.getExifOrientation(reader, 0);
    } catch (IOException | RuntimeException noReadableExif) {
      return null;
    }
  }
}
