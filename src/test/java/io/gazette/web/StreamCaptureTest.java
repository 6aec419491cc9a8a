package io.gazette.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

class StreamCaptureTest {

  private static String fingerprint(byte[] bytes) {
    var crc = new CRC32C();
    crc.update(bytes);
    return ReaderValidators.fingerprint(crc.getValue(), bytes.length);
  }

  @Test
  void shouldKeepASmallDocumentWithTheFingerprintOfItsBytes() {
    byte[] xml = "<urlset>é</urlset>".getBytes(StandardCharsets.UTF_8);
    var capture = new StreamCapture(1024);
    capture.write(xml, 0, 5);
    capture.write(xml, 5, xml.length - 5);

    assertThat(capture.kept()).isEqualTo(xml);
    assertThat(capture.etag()).isEqualTo(fingerprint(xml));
  }

  @Test
  void shouldOnlyFingerprintADocumentLargerThanItKeeps() {
    byte[] large = new byte[10_000];
    large[9_999] = 7;
    var capture = new StreamCapture(4_096);
    for (int at = 0; at < large.length; at += 1_000) {
      capture.write(large, at, 1_000);
    }

    assertThat(capture.kept()).isNull();
    assertThat(capture.etag()).isEqualTo(fingerprint(large));
  }
}
