package io.gazette;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}) run as a process of its own
 * on a data directory, for integration tests that stop it the hard way.
 */
public final class PackagedServer implements AutoCloseable {

  /** The administrator the first start creates. */
  public static final String ADMIN = "admin";

  public static final String PASSWORD = "durability-check-password";

  private static final Duration STARTUP = Duration.ofSeconds(90);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Path log;
  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private PackagedServer(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.base = "http://localhost:" + port;
  }

  /** Starts the jar on {@code dataDir} with demo content, its output in {@code log}. */
  public static PackagedServer start(Path dataDir, Path log, String... options) throws IOException {
    Path jar = Paths.get(System.getProperty("gazette.jar", "target/quarkus-app/quarkus-run.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: package the application first");
    }
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dgazette.data-dir=" + dataDir.toAbsolutePath());
    command.add("-Dquarkus.http.port=" + port);
    command.add("-Dquarkus.http.host=127.0.0.1");
    command.add("-Dgazette.admin.password=" + PASSWORD);
    command.add("-Dgazette.demo-content=true");
    command.addAll(PackagedDatabase.options(dataDir));
    command.addAll(List.of(options));
    command.add("-jar");
    command.add(jar.toAbsolutePath().toString());
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    return new PackagedServer(process, log, port);
  }

  /** Waits until the server answers ready; fails when it dies or takes too long. */
  public PackagedServer awaitReady() throws Exception {
    Instant deadline = Instant.now().plus(STARTUP);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The server stopped with " + process.exitValue());
      }
      try {
        if (send(HttpRequest.newBuilder(uri("/q/health/ready")).GET()).statusCode() == 200) {
          return this;
        }
      } catch (IOException notListeningYet) {
        // Still starting.
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("The server was not ready within " + STARTUP);
  }

  /** Kills the process at once (SIGKILL): no shutdown hook, no database close. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("The server outlived SIGKILL");
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }

  /** The server's output so far. */
  public String log() throws IOException {
    return Files.exists(log) ? Files.readString(log) : "(no output)";
  }

  /** A bearer token of the administrator. */
  public String token() throws Exception {
    var answer = post("/api/admin/v1/tokens", Map.of("username", ADMIN, "password", PASSWORD));
    return json(answer, 201).get("token").asText();
  }

  public HttpResponse<String> get(String path, String token) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET());
  }

  public HttpResponse<String> post(String path, Object body) throws Exception {
    var request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    return send(request);
  }

  /** The body of an answer that must have this status. */
  public static JsonNode json(HttpResponse<String> answer, int status) throws IOException {
    if (answer.statusCode() != status) {
      throw new AssertionError(
          answer.uri()
              + " answered "
              + answer.statusCode()
              + " instead of "
              + status
              + ": "
              + answer.body());
    }
    return JSON.readTree(answer.body());
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(
        request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
