package io.gazette.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gazette.media.MediaRefusal.Reason;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Uploads turned into renditions: bytes decide the kind, metadata never survives, limits hold. */
@QuarkusTest
class ImageIngestTest {

  @Inject ImageIngest ingest;

  @Test
  void shouldMakeEveryNarrowerWidthAndOneAtTheOwnWidth() throws Exception {
    Ingested made = ingest.ingest(TestImages.picture(1000, 500, "jpg"));

    assertThat(made.kind()).isEqualTo(ImageKind.JPEG);
    assertThat(made.renditions())
        .extracting(Ingested.Made::width)
        .containsExactly(320, 640, 960, 1000);
    assertThat(made.renditions())
        .extracting(Ingested.Made::height)
        .containsExactly(160, 320, 480, 500);
    assertThat(made.renditions()).extracting(Ingested.Made::hash).doesNotHaveDuplicates();
  }

  @Test
  void shouldTurnAPhonePhotoUprightAndDropItsGpsFromEveryRendition() throws Exception {
    byte[] photo = TestImages.phonePhoto(800, 400);
    assertThat(TestImages.contains(photo, TestImages.GPS_MARK)).isTrue();

    Ingested made = ingest.ingest(photo);

    assertThat(made.width()).isEqualTo(400);
    assertThat(made.height()).isEqualTo(800);
    for (Ingested.Made rendition : made.renditions()) {
      assertThat(TestImages.contains(rendition.bytes(), TestImages.GPS_MARK)).isFalse();
      assertThat(TestImages.contains(rendition.bytes(), "Exif")).isFalse();
      assertThat(ImageIO.read(new ByteArrayInputStream(rendition.bytes())).getHeight())
          .isGreaterThan(rendition.width());
    }
  }

  @Test
  void shouldTakeAPngForAPngWhateverItIsCalled() throws Exception {
    Ingested made = ingest.ingest(TestImages.picture(200, 100, "png"));

    assertThat(made.kind()).isEqualTo(ImageKind.PNG);
    assertThat(made.renditions()).extracting(Ingested.Made::kind).containsOnly(ImageKind.PNG);
  }

  @Test
  void shouldRefuseHtmlSvgTruncatedAndBombs() {
    byte[] html = "<!doctype html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
    byte[] svg =
        "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>"
            .getBytes(StandardCharsets.UTF_8);

    assertRefused(html, Reason.NOT_AN_IMAGE);
    assertRefused(svg, Reason.SVG);
    assertRefused(TestImages.truncatedJpeg(), Reason.CORRUPT);
    assertRefused(TestImages.pixelBomb(), Reason.TOO_MANY_PIXELS);
    assertRefused(new byte[0], Reason.EMPTY);
  }

  @Test
  void shouldRefuseGarbageThatBeginsLikeAJpeg() {
    byte[] garbage = new byte[5000];
    garbage[0] = (byte) 0xFF;
    garbage[1] = (byte) 0xD8;
    garbage[2] = (byte) 0xFF;

    assertRefused(garbage, Reason.CORRUPT);
  }

  private void assertRefused(byte[] bytes, Reason reason) {
    assertThatThrownBy(() -> ingest.ingest(bytes))
        .isInstanceOfSatisfying(MediaRefusal.class, r -> assertThat(r.reason()).isEqualTo(reason));
  }
}
