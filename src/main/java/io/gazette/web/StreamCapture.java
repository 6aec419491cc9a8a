package io.gazette.web;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.zip.CRC32C;

/**
 * Where a streamed reader document is first written to learn its fingerprint: every byte counts in
 * the CRC, but only a small document is kept, so a 50 MB sitemap costs no more memory than a feed.
 */
final class StreamCapture extends OutputStream {

  private final CRC32C crc = new CRC32C();
  private final int keepAtMost;
  private ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private long length;

  StreamCapture(int keepAtMost) {
    this.keepAtMost = keepAtMost;
  }

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int count) {
    crc.update(bytes, offset, count);
    length += count;
    if (kept != null && length <= keepAtMost) {
      kept.write(bytes, offset, count);
    } else {
      kept = null;
    }
  }

  String etag() {
    return ReaderValidators.fingerprint(crc.getValue(), length);
  }

  /** The whole document when it was small enough to keep, else null. */
  byte[] kept() {
    return kept == null ? null : kept.toByteArray();
  }
}
