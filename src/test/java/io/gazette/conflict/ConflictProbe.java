package io.gazette.conflict;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only routes, one per surface, that run a {@link ProbeWrites} transaction. */
public final class ConflictProbe {

  private ConflictProbe() {}

  static String run(ProbeWrites writes, String kind, long article, String marker) {
    switch (kind) {
      case "taken" -> writes.takenAtFlush(marker);
      case "stale" -> writes.staleAtCommit(article, marker);
      default -> writes.broken(marker);
    }
    return "{}";
  }

  /** Under the admin API. */
  @Path("/api/admin/v1/conflict-probe")
  @Blocking
  public static class Api {
    @jakarta.inject.Inject ProbeWrites writes;

    @POST
    @Path("{kind}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public String run(
        @PathParam("kind") String kind,
        @QueryParam("article") long article,
        @QueryParam("marker") String marker) {
      return ConflictProbe.run(writes, kind, article, marker);
    }
  }

  /** In the newsroom. */
  @Path("/admin/conflict-probe")
  @Blocking
  @RolesAllowed({"admin", "editor", "author", "moderator"})
  public static class Newsroom {
    @jakarta.inject.Inject ProbeWrites writes;

    @POST
    @Path("{kind}")
    @Produces(MediaType.TEXT_HTML)
    public String run(
        @PathParam("kind") String kind,
        @QueryParam("article") long article,
        @QueryParam("marker") String marker) {
      return ConflictProbe.run(writes, kind, article, marker);
    }
  }

  /** On the reader site. */
  @Path("/conflict-probe")
  @Blocking
  public static class Reader {
    @jakarta.inject.Inject ProbeWrites writes;

    @POST
    @Path("{kind}")
    @Produces(MediaType.TEXT_HTML)
    public String run(
        @PathParam("kind") String kind,
        @QueryParam("article") long article,
        @QueryParam("marker") String marker) {
      return ConflictProbe.run(writes, kind, article, marker);
    }
  }
}
