package io.gazette.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SitemapSplitTest {

  @Test
  void shouldShareUrlsOutAtTheConfiguredNumberPerFile() {
    var split = new SitemapSplit(3, SitemapSplit.MAX_BYTES);
    int perFile = split.perFile(2, 30);

    assertThat(perFile).isEqualTo(3);
    assertThat(SitemapSplit.files(0, perFile)).isZero();
    assertThat(SitemapSplit.files(1, perFile)).isEqualTo(1);
    assertThat(SitemapSplit.files(3, perFile)).isEqualTo(1);
    assertThat(SitemapSplit.files(4, perFile)).isEqualTo(2);
    assertThat(SitemapSplit.files(7, perFile)).isEqualTo(3);
    assertThat(SitemapSplit.offset(1, perFile)).isZero();
    assertThat(SitemapSplit.offset(3, perFile)).isEqualTo(6);
  }

  @Test
  void shouldNeverExceedTheProtocolsFiftyThousandUrls() {
    assertThat(new SitemapSplit(1_000_000, Long.MAX_VALUE).perFile(1, 20)).isEqualTo(50_000);
  }

  @Test
  void shouldTakeFewerUrlsWhenTheLongestEntriesCouldPassTheByteLimit() {
    var split = new SitemapSplit(50_000, SitemapSplit.MAX_BYTES);
    int perFile = split.perFile(10, 60);

    assertThat(perFile).isLessThan(50_000);
    assertThat(perFile * SitemapSplit.longestEntry(10, 60) + 400)
        .isLessThanOrEqualTo(SitemapSplit.MAX_BYTES);
    var tiny = new SitemapSplit(50_000, SitemapSplit.longestEntry(2, 30) * 4 + 400);
    assertThat(tiny.perFile(2, 30)).isEqualTo(4);
  }
}
