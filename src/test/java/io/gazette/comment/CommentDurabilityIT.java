package io.gazette.comment;

import static io.gazette.PackagedServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gazette.PackagedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Once the app got its 202, the comment is stored for good (issue 4, item 8): the packaged server
 * is killed with SIGKILL right after acknowledging a batch of comments, then started again on the
 * same data directory, and every acknowledged comment must be there.
 */
class CommentDurabilityIT {

  private static final int ROUNDS = 3;
  private static final int PER_ROUND = 8;

  /** Room for every comment from this one client; a JVM that starts fast on a busy machine. */
  private static final String[] OPTIONS = {
    "-Dgazette.comments.max-per-address=1000", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"
  };

  @TempDir Path dataDir;
  @TempDir Path logs;

  private final String mark = "durability-" + UUID.randomUUID();

  @Test
  void shouldKeepEveryAcknowledgedCommentAfterKillNine() throws Exception {
    try {
      sendKillAndRestart();
    } catch (Exception | AssertionError failure) {
      printServerLogs();
      throw failure;
    }
  }

  private void sendKillAndRestart() throws Exception {
    Set<String> acknowledged = new LinkedHashSet<>();
    List<String> lost = new ArrayList<>();
    long article = -1;
    for (int round = 0; round <= ROUNDS; round++) {
      try (PackagedServer server = start(round)) {
        Set<String> stored = stored(server);
        acknowledged.stream().filter(body -> !stored.contains(body)).forEach(lost::add);
        acknowledged.retainAll(stored);
        if (round == ROUNDS) {
          break;
        }
        article = article < 0 ? publishedArticle(server) : article;
        for (int i = 0; i < PER_ROUND; i++) {
          acknowledged.add(comment(server, article, round, i));
        }
        // Killed on the heels of the last 202, before any background writer's next turn.
        server.kill();
      }
    }
    assertThat(lost)
        .as("acknowledged comments lost by kill -9, of %d sent", ROUNDS * PER_ROUND)
        .isEmpty();
  }

  private PackagedServer start(int round) throws Exception {
    Path log = logs.resolve("server-" + round + ".log");
    PackagedServer server = PackagedServer.start(dataDir, log, OPTIONS);
    try {
      return server.awaitReady();
    } catch (Exception | AssertionError failure) {
      server.close();
      throw failure;
    }
  }

  private void printServerLogs() throws IOException {
    try (Stream<Path> files = Files.list(logs)) {
      for (Path log : files.sorted().toList()) {
        System.err.println("---- " + log.getFileName() + "\n" + Files.readString(log));
      }
    }
  }

  private static long publishedArticle(PackagedServer server) throws Exception {
    JsonNode page =
        json(server.get("/api/admin/v1/articles?status=published&size=1", server.token()), 200);
    return page.get("items").get(0).get("id").asLong();
  }

  /** Sends one comment and returns its text once the server acknowledged it. */
  private String comment(PackagedServer server, long article, int round, int i) throws Exception {
    String body = mark + " round " + round + " comment " + i;
    Map<String, Object> comment =
        Map.of("name", "Lecteur " + i, "email", UUID.randomUUID() + "@example.mu", "body", body);
    var answer = server.post("/api/v1/articles/" + article + "/comments", comment);
    assertThat(json(answer, 202).get("status").asText()).isEqualTo("pending");
    return body;
  }

  /** The texts of this test's comments the server holds. */
  private Set<String> stored(PackagedServer server) throws Exception {
    String query = "/api/admin/v1/comments?status=pending&size=100&q=" + mark;
    Set<String> bodies = new LinkedHashSet<>();
    json(server.get(query, server.token()), 200)
        .get("items")
        .forEach(c -> bodies.add(c.get("body").asText()));
    return bodies;
  }
}
