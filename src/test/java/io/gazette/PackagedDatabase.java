package io.gazette;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The database a {@link PackagedServer} runs on. By default the jar's own, an H2 file in the data
 * directory. On the PostgreSQL pass ({@code -Ppostgresql}, which sets {@code gazette.jar.profile})
 * the jar is a PostgreSQL build: it runs with the config profile {@code test-pg}, on the tests'
 * database. A data directory stands for one database there too, so the first start on a data
 * directory empties the database, as a new H2 file would be empty, and a restart on it keeps it.
 */
final class PackagedDatabase {

  /** The connection settings of the profile that the Maven command may have been given. */
  private static final List<String> FORWARDED =
      List.of("gazette-test-pg.url", "gazette-test-pg.username", "gazette-test-pg.password");

  private static final Set<Path> STARTED = new HashSet<>();

  private PackagedDatabase() {}

  /** The JVM options of a start on this data directory. */
  static synchronized List<String> options(Path dataDir) {
    String profile = System.getProperty("gazette.jar.profile");
    if (profile == null || profile.isBlank()) {
      return List.of();
    }
    boolean first = STARTED.add(dataDir.toAbsolutePath());
    Stream<String> forwarded =
        FORWARDED.stream()
            .filter(key -> System.getProperty(key) != null)
            .map(key -> "-D" + key + "=" + System.getProperty(key));
    return Stream.concat(
            Stream.of("-Dquarkus.profile=prod," + profile, "-Dgazette-test-pg.clean=" + first),
            forwarded)
        .toList();
  }
}
