package io.gazette.breaking;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A server-sent event stream read line by line with the JDK client, as an app would. */
final class EventStream implements AutoCloseable {

  /** One event: a comment ({@code name} "comment") or a named event with its data. */
  record Event(String name, String data) {}

  private final BlockingQueue<Event> received = new LinkedBlockingQueue<>();
  private final HttpResponse<Stream<String>> response;

  private EventStream(HttpResponse<Stream<String>> response) {
    this.response = response;
    Thread reader = new Thread(this::read, "test-sse-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /** Connects and waits for the response's headers. */
  static EventStream open(URI uri) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .header("Accept", "text/event-stream")
            .header("X-Forwarded-For", "192.0.2." + (1 + (int) (Math.random() * 250)))
            .GET()
            .build();
    var response =
        HttpClient.newHttpClient()
            .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
            .get(5, TimeUnit.SECONDS);
    return new EventStream(response);
  }

  HttpResponse<Stream<String>> response() {
    return response;
  }

  /** The first event that matches within the time, or null. */
  Event next(Duration within, Predicate<Event> wanted) throws InterruptedException {
    long end = System.nanoTime() + within.toNanos();
    for (long left = within.toNanos(); left > 0; left = end - System.nanoTime()) {
      Event event = received.poll(left, TimeUnit.NANOSECONDS);
      if (event != null && wanted.test(event)) {
        return event;
      }
    }
    return null;
  }

  @Override
  public void close() {
    response.body().close();
  }

  private void read() {
    String[] name = {null};
    StringBuilder data = new StringBuilder();
    try {
      response
          .body()
          .forEach(
              line -> {
                if (line.startsWith(":")) {
                  received.add(new Event("comment", line.substring(1).strip()));
                } else if (line.startsWith("event:")) {
                  name[0] = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                  data.append(line.substring(5).strip());
                } else if (line.isEmpty() && (name[0] != null || data.length() > 0)) {
                  received.add(new Event(name[0] == null ? "message" : name[0], data.toString()));
                  name[0] = null;
                  data.setLength(0);
                }
              });
    } catch (RuntimeException closed) {
      // The test closed the stream.
    }
  }
}
