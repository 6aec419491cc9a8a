package io.gazette.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import javax.imageio.ImageIO;

/**
 * Pictures made for tests: plain ones, a phone photo with EXIF orientation and GPS, broken ones.
 */
public final class TestImages {

  private TestImages() {}

  /** A picture of the size, left half red and right half blue, in a format ImageIO writes. */
  public static byte[] picture(int width, int height, String format) {
    int type = format.equals("png") ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
    BufferedImage image = new BufferedImage(width, height, type);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, width / 2, height);
    g.setColor(Color.BLUE);
    g.fillRect(width / 2, 0, width - width / 2, height);
    g.dispose();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, format, out);
      return out.toByteArray();
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
  }

  /** A JPEG of the size with a random stripe, so that no two have the same bytes (or hash). */
  public static byte[] unique(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    var random = java.util.concurrent.ThreadLocalRandom.current();
    g.setColor(new Color(random.nextInt(0x1000000)));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(random.nextInt(0x1000000)));
    g.fillRect(0, random.nextInt(height), width, Math.max(1, height / 5));
    g.dispose();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "jpg", out);
      return out.toByteArray();
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
  }

  /**
   * A JPEG as a phone writes it: an EXIF block right after the start marker, saying to rotate by
   * 90° (orientation 6) and where it was taken (GPS latitude "S 20° 10'").
   */
  public static byte[] phonePhoto(int width, int height) {
    byte[] jpeg = picture(width, height, "jpg");
    byte[] exif = exifWithOrientationAndGps();
    ByteBuffer app1 = ByteBuffer.allocate(4 + exif.length);
    app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + exif.length)).put(exif);
    byte[] out = new byte[jpeg.length + app1.capacity()];
    System.arraycopy(jpeg, 0, out, 0, 2);
    System.arraycopy(app1.array(), 0, out, 2, app1.capacity());
    System.arraycopy(jpeg, 2, out, 2 + app1.capacity(), jpeg.length - 2);
    return out;
  }

  /** The marker that shows GPS data is still in a file. */
  public static final String GPS_MARK = "GPSMARK";

  private static byte[] exifWithOrientationAndGps() {
    ByteBuffer tiff = ByteBuffer.allocate(128).order(ByteOrder.LITTLE_ENDIAN);
    tiff.put("Exif\0\0".getBytes()).put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
    // IFD0 at 8: orientation and the GPS IFD's offset.
    tiff.putShort((short) 2);
    tiff.putShort((short) 0x0112)
        .putShort((short) 3)
        .putInt(1)
        .putShort((short) 6)
        .putShort((short) 0);
    tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
    tiff.putInt(0);
    // GPS IFD at 38: latitude reference, and a processing method holding a findable mark.
    tiff.putShort((short) 2);
    tiff.putShort((short) 0x0001)
        .putShort((short) 2)
        .putInt(2)
        .put((byte) 'S')
        .put((byte) 0)
        .putShort((short) 0);
    tiff.putShort((short) 0x001B).putShort((short) 7).putInt(GPS_MARK.length()).putInt(68);
    tiff.putInt(0);
    tiff.put(GPS_MARK.getBytes());
    return Arrays.copyOf(tiff.array(), tiff.position());
  }

  /** The first part of a JPEG, cut in the middle of its picture data. */
  public static byte[] truncatedJpeg() {
    byte[] jpeg = picture(400, 300, "jpg");
    return Arrays.copyOf(jpeg, jpeg.length / 2);
  }

  /**
   * A PNG that claims to be 20,000 × 20,000 pixels (400 megapixels) but holds almost nothing: a
   * decompression bomb, to be refused from its header alone.
   */
  public static byte[] pixelBomb() {
    byte[] png = picture(10, 10, "png");
    ByteBuffer header = ByteBuffer.wrap(png);
    header.putInt(16, 20_000).putInt(20, 20_000);
    return png;
  }

  /** Whether the bytes hold the text. */
  public static boolean contains(byte[] bytes, String text) {
    byte[] needle = text.getBytes();
    outer:
    for (int i = 0; i + needle.length <= bytes.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (bytes[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
