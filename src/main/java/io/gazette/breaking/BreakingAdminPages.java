package io.gazette.breaking;

import io.gazette.GazetteConfig;
import io.gazette.admin.AdminShell;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The breaking news form of a story's newsroom page ({@code /admin/stories/{id}}), for editors:
 * mark until a date and time of the site's zone, or end the alert. Both answer with a redirect to
 * the story page and a notice.
 */
@Path("/admin/stories/{storyId}/breaking")
@Blocking
@RolesAllowed({"admin", "editor"})
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class BreakingAdminPages {

  private final BreakingService breaking;
  private final SecurityIdentity identity;
  private final ZoneId zone;

  BreakingAdminPages(BreakingService breaking, SecurityIdentity identity, GazetteConfig config) {
    this.breaking = breaking;
    this.identity = identity;
    this.zone = config.timezone();
  }

  @POST
  public Response mark(@RestPath long storyId, @RestForm String until) {
    Instant end = BreakingPanel.read(until, zone);
    if (end == null || !end.isAfter(Instant.now())) {
      breaking.until(storyId); // an unknown story is still a 404
      return back(storyId, "breakingRefused");
    }
    breaking.mark(AdminShell.member(identity), storyId, end);
    return back(storyId, "breaking");
  }

  @POST
  @Path("clear")
  public Response clear(@RestPath long storyId) {
    breaking.clear(AdminShell.member(identity), storyId);
    return back(storyId, "breakingCleared");
  }

  private static Response back(long storyId, String done) {
    return Response.seeOther(
            URI.create("/admin/stories/" + storyId + "?done=" + done + "#breaking"))
        .build();
  }
}
