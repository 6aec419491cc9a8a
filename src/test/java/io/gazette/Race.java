package io.gazette;

import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Real parallel requests for concurrency tests: every request is built first, then all are released
 * at once by a start gate, each from a thread of its own.
 */
public final class Race {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private Race() {}

  /** A request builder for a path of the application under test. */
  public static HttpRequest.Builder to(String path) {
    return HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
        .timeout(TIMEOUT);
  }

  /** Sends {@code count} requests at once ({@code request} builds the i-th) and their answers. */
  public static List<HttpResponse<String>> run(int count, IntFunction<HttpRequest> request)
      throws Exception {
    List<HttpRequest> requests = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      requests.add(request.apply(i));
    }
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    CountDownLatch gate = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(count);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (HttpRequest one : requests) {
        answers.add(
            threads.submit(
                () -> {
                  gate.await();
                  return client.send(one, HttpResponse.BodyHandlers.ofString());
                }));
      }
      gate.countDown();
      List<HttpResponse<String>> responses = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : answers) {
        responses.add(answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
      }
      return responses;
    } finally {
      threads.shutdownNow();
    }
  }

  /** How many answers had each status, e.g. {@code {200=1, 412=99}}. */
  public static Map<Integer, Long> statuses(List<HttpResponse<String>> responses) {
    return responses.stream()
        .collect(
            Collectors.groupingBy(HttpResponse::statusCode, TreeMap::new, Collectors.counting()));
  }

  /** The answers' statuses and bodies, to explain a failed assertion. */
  public static String describe(List<HttpResponse<String>> responses) {
    return responses.stream()
        .map(r -> r.statusCode() + " " + r.body().substring(0, Math.min(300, r.body().length())))
        .distinct()
        .collect(Collectors.joining("\n"));
  }
}
