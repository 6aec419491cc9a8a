package io.gazette.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInRecordsTest {

  @Test
  void shouldEncodeLineBreaksControlAndInvisibleCharacters() {
    String forged = "x\r\n2026-01-01 INFO [io.gazette.account.SessionService] Signed in 'admin'";
    assertThat(SignInRecords.encoded(forged))
        .isEqualTo(
            "x\\r\\n2026-01-01 INFO [io.gazette.account.SessionService] Signed in \\'admin\\'")
        .doesNotContain("\n", "\r");
    assertThat(SignInRecords.encoded("a\tb\u0000c\u001b[31m\u202Ed\\"))
        .isEqualTo("a\\tb\\u0000c\\u001B[31m\\u202Ed\\\\");
    assertThat(SignInRecords.encoded("Zoé محمد 😀")).isEqualTo("Zoé محمد 😀");
  }
}
