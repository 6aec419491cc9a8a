package io.gazette.comment;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every comment field error has its sentence in every language, the limits said where needed. */
@QuarkusTest
class CommentMessagesTest {

  @Test
  void shouldSayEveryFieldErrorInEveryLanguage() {
    for (String lang : List.of("fr", "en")) {
      CommentMessages messages =
          MessageBundles.get(CommentMessages.class, Localized.Literal.of(lang));
      for (CommentFieldError error : CommentFieldError.values()) {
        assertThat(messages.fieldError(error, error.max(), 6001))
            .as("%s in %s", error, lang)
            .isNotBlank()
            .doesNotContain("{");
      }
    }
  }

  @Test
  void shouldSayTheLimitAndTheLengthTyped() {
    CommentMessages french = MessageBundles.get(CommentMessages.class, Localized.Literal.of("fr"));
    CommentFieldError tooLong = CommentFieldError.BODY_TOO_LONG;

    assertThat(french.fieldError(tooLong, tooLong.max(), 6001)).contains("6001").contains("5000");
    assertThat(french.fieldError(CommentFieldError.NAME_TOO_LONG, 100, 0)).contains("100");
  }
}
