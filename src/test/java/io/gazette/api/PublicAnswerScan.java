package io.gazette.api;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks every answer of the public API that any test of the suite receives: none may carry an
 * email address, an {@code email} field, a password hash or a client address field. (A problem may
 * name the {@code email} field it refuses: that is a value, not a key.)
 */
public class PublicAnswerScan implements Filter, QuarkusTestBeforeEachCallback {

  private static final Pattern EMAIL =
      Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*\\.[a-z]{2,}");
  private static final List<String> FORBIDDEN =
      List.of("\"email\":", "\"clientAddress\":", "\"passwordHash\":", "$2a$", "$2b$", "$2y$");
  private static volatile boolean installed;

  @Override
  public void beforeEach(QuarkusTestMethodContext context) {
    if (!installed) {
      RestAssured.filters(new PublicAnswerScan());
      installed = true;
    }
  }

  @Override
  public Response filter(
      FilterableRequestSpecification request,
      FilterableResponseSpecification response,
      FilterContext context) {
    Response answer = context.next(request, response);
    if (request.getURI().contains("/api/v1/")) {
      check(request.getMethod() + " " + request.getURI(), answer.asString());
    }
    return answer;
  }

  static void check(String request, String body) {
    if (body == null) {
      return;
    }
    for (String secret : FORBIDDEN) {
      if (body.contains(secret)) {
        throw new AssertionError(request + " answered with " + secret + ": " + body);
      }
    }
    var email = EMAIL.matcher(body);
    if (email.find()) {
      throw new AssertionError(request + " answered with an email " + email.group() + ": " + body);
    }
  }
}
