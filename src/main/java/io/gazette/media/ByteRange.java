package io.gazette.media;

/**
 * One byte range of a {@code Range} header ({@code bytes=0-99}, {@code bytes=100-}, {@code
 * bytes=-50}); several ranges, another unit or an unreadable header mean the whole file (RFC 9110
 * lets a server ignore Range), a range past the end is unsatisfiable.
 */
record ByteRange(long first, long last) {

  static final ByteRange UNSATISFIABLE = new ByteRange(-1, -1);

  /** The range asked for in a file of {@code size} bytes, or null for the whole file. */
  static ByteRange parse(String header, long size) {
    if (header == null || !header.startsWith("bytes=") || header.indexOf(',') >= 0) {
      return null;
    }
    String spec = header.substring("bytes=".length()).strip();
    int dash = spec.indexOf('-');
    if (dash < 0) {
      return null;
    }
    try {
      return bounded(spec.substring(0, dash).strip(), spec.substring(dash + 1).strip(), size);
    } catch (NumberFormatException unreadable) {
      return null;
    }
  }

  private static ByteRange bounded(String from, String to, long size) {
    if (from.isEmpty()) {
      long suffix = Long.parseLong(to);
      return suffix <= 0 || size == 0
          ? UNSATISFIABLE
          : new ByteRange(Math.max(0, size - suffix), size - 1);
    }
    long first = Long.parseLong(from);
    long last = to.isEmpty() ? size - 1 : Math.min(Long.parseLong(to), size - 1);
    if (first < 0 || first >= size || last < first) {
      return UNSATISFIABLE;
    }
    return new ByteRange(first, last);
  }

  long length() {
    return last - first + 1;
  }

  String header(long size) {
    return "bytes " + first + "-" + last + "/" + size;
  }
}
