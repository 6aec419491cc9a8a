package io.gazette.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnreadableRequestsUnitTest {

  @Test
  void shouldEncodeTheSemicolonsOfThePathOnly() {
    assertThat(UnreadableRequests.readable("/fr/a;b?x=1;2")).isEqualTo("/fr/a%3Bb?x=1;2");
    assertThat(UnreadableRequests.readable("/fr/?x=1;2")).isEqualTo("/fr/?x=1;2");
  }

  @Test
  void shouldMakeAnEncodedNulTheReplacementCharacterInPathAndQuery() {
    assertThat(UnreadableRequests.readable("/fr/tag/%00?page=%00"))
        .isEqualTo("/fr/tag/%EF%BF%BD?page=%EF%BF%BD");
  }

  @Test
  void shouldLeaveAnOrdinaryUriAsItIs() {
    String uri = "/fr/le-port?page=2";
    assertThat(UnreadableRequests.readable(uri)).isSameAs(uri);
  }
}
