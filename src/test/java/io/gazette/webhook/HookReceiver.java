package io.gazette.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A receiving end for webhook tests on a free local port: {@code /ok} keeps what it gets and
 * answers 204, {@code /flaky} answers 500, {@code /hang} answers after 30 seconds, {@code /moved}
 * redirects to {@code /ok}.
 */
final class HookReceiver implements AutoCloseable {

  /** One post as received. */
  record Received(String signature, String timestamp, String event, byte[] body) {}

  final List<Received> received = new CopyOnWriteArrayList<>();
  final AtomicInteger flakyCalls = new AtomicInteger();
  final AtomicInteger movedCalls = new AtomicInteger();
  private final HttpServer server;
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "test-hook-receiver");
            thread.setDaemon(true);
            return thread;
          });

  HookReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/ok", this::keep);
    server.createContext("/flaky", exchange -> answer(exchange, 500, flakyCalls));
    server.createContext("/hang", this::hang);
    server.createContext(
        "/moved",
        exchange -> {
          exchange.getResponseHeaders().set("Location", url("/ok"));
          answer(exchange, 302, movedCalls);
        });
    server.setExecutor(threads);
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** A URL where nothing listens. */
  static String deadUrl() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return "http://127.0.0.1:" + socket.getLocalPort() + "/gone";
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  private void keep(HttpExchange exchange) throws IOException {
    var headers = exchange.getRequestHeaders();
    received.add(
        new Received(
            headers.getFirst("X-Gazette-Signature"),
            headers.getFirst("X-Gazette-Timestamp"),
            headers.getFirst("X-Gazette-Event"),
            exchange.getRequestBody().readAllBytes()));
    answer(exchange, 204, null);
  }

  private void hang(HttpExchange exchange) throws IOException {
    try {
      TimeUnit.SECONDS.sleep(30);
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
    }
    answer(exchange, 204, null);
  }

  private static void answer(HttpExchange exchange, int status, AtomicInteger counter)
      throws IOException {
    if (counter != null) {
      counter.incrementAndGet();
    }
    exchange.getRequestBody().readAllBytes();
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }
}
