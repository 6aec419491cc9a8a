package io.gazette.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;

/**
 * The resized copies of an upright picture: one per configured width narrower than it, and one at
 * its own width when it is narrower than the widest. Re-encoded from pixels, so no metadata (EXIF,
 * GPS, comments) survives; JPEG, or PNG for a picture with transparency.
 */
final class Renditions {

  private final List<Integer> widths;
  private final float quality;

  Renditions(List<Integer> widths, float quality) {
    this.widths = widths.stream().sorted().toList();
    this.quality = quality;
  }

  List<Ingested.Made> of(BufferedImage image) {
    ImageKind kind = image.getColorModel().hasAlpha() ? ImageKind.PNG : ImageKind.JPEG;
    List<Ingested.Made> made = new ArrayList<>();
    for (int width : targets(image.getWidth())) {
      made.add(resized(image, kind, width));
    }
    return made;
  }

  private List<Integer> targets(int width) {
    List<Integer> targets = new ArrayList<>(widths.stream().filter(w -> w < width).toList());
    if (targets.size() < widths.size()) {
      targets.add(width);
    }
    return targets;
  }

  private Ingested.Made resized(BufferedImage image, ImageKind kind, int width) {
    try {
      var resizing = Thumbnails.of(image).width(width);
      if (kind == ImageKind.JPEG) {
        resizing.imageType(BufferedImage.TYPE_INT_RGB);
      }
      BufferedImage resized = resizing.asBufferedImage();
      byte[] bytes = encode(resized, kind);
      return new Ingested.Made(
          kind, resized.getWidth(), resized.getHeight(), sha256(bytes).substring(0, 32), bytes);
    } catch (IOException notWritable) {
      throw new UncheckedIOException(notWritable);
    }
  }

  private byte[] encode(BufferedImage image, ImageKind kind) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByMIMEType(kind.mediaType()).next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      if (kind == ImageKind.JPEG) {
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
      }
      writer.setOutput(stream);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
