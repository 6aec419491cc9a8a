package io.gazette.moderation;

import io.gazette.admin.AdminPage;
import io.gazette.admin.AdminShell;
import io.gazette.comment.BlockedTerm;
import io.gazette.comment.Blocklist;
import io.gazette.i18n.Bundles;
import io.gazette.moderation.QueueView.Option;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The blocklist ({@code /admin/comments/blocklist}): words, emails and addresses sent to spam. */
@Path("/admin")
@Blocking
@RolesAllowed({"admin", "editor", "moderator"})
@Produces(MediaType.TEXT_HTML)
public class BlocklistAdminPages {

  /** The terms of one kind, with what that kind matches. */
  public record Group(String kind, String title, String hint, List<Blocklist.Term> terms) {}

  /** The add form: the kinds to choose from, and what was typed with its error after a refusal. */
  public record AddForm(List<Option> kinds, String kind, String term, String error) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance blocklist(AdminPage page, List<Group> groups, AddForm form);
  }

  private static final String LIST = "comments/blocklist";

  private final Blocklist blocklist;
  private final AdminShell shell;
  private final SecurityIdentity identity;

  BlocklistAdminPages(Blocklist blocklist, AdminShell shell, SecurityIdentity identity) {
    this.blocklist = blocklist;
    this.shell = shell;
    this.identity = identity;
  }

  @GET
  @Path(LIST)
  public TemplateInstance list(@RestQuery String done) {
    AdminPage page = page(null);
    var m = Bundles.in(ModerationMessages.class, page.language());
    String notice = "added".equals(done) ? m.termAdded() : null;
    notice = "removed".equals(done) ? m.termRemoved() : notice;
    return render(shell.page(page.member(), notice), "word", "", null);
  }

  @POST
  @Path(LIST)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response add(@RestForm String kind, @RestForm String term) {
    AdminPage page = page(null);
    String typed = term == null ? "" : term;
    Optional<String> error =
        kind(kind)
            .map(k -> blocklist.add(k, typed, page.member().username()))
            .orElse(Optional.of("kind"));
    if (error.isEmpty()) {
      return Response.seeOther(URI.create("/admin/" + LIST + "?done=added")).build();
    }
    var m = Bundles.in(ModerationMessages.class, page.language());
    String message = m.termError(TermError.of(error.get()));
    int status = error.get().equals("taken") ? 409 : 400;
    return Response.status(status).entity(render(page, kind, typed, message)).build();
  }

  @POST
  @Path(LIST + "/{termId}/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response remove(@RestPath long termId) {
    AdminPage page = page(null);
    if (blocklist.remove(termId, page.member().username())) {
      return Response.seeOther(URI.create("/admin/" + LIST + "?done=removed")).build();
    }
    var m = Bundles.in(ModerationMessages.class, page.language());
    return ModerationAdminPages.refused(page, 404, m.notFoundTitle(), m.termNotFound());
  }

  private TemplateInstance render(AdminPage page, String kind, String term, String error) {
    var m = Bundles.in(ModerationMessages.class, page.language());
    List<Blocklist.Term> terms = blocklist.terms();
    List<Group> groups =
        Arrays.stream(BlockedTerm.Kind.values())
            .map(k -> new Group(code(k), m.kind(k), m.kindHint(k), of(terms, k)))
            .toList();
    List<Option> kinds = groups.stream().map(g -> new Option(g.kind(), g.title())).toList();
    AddForm form = new AddForm(kinds, kind, term, error);
    return Templates.blocklist(page, groups, form).setLocale(page.language().locale());
  }

  private static List<Blocklist.Term> of(List<Blocklist.Term> terms, BlockedTerm.Kind kind) {
    return terms.stream().filter(t -> t.kind() == kind).toList();
  }

  private static String code(BlockedTerm.Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  private static Optional<BlockedTerm.Kind> kind(String typed) {
    return Arrays.stream(BlockedTerm.Kind.values())
        .filter(k -> code(k).equals(typed == null ? "" : typed.strip()))
        .findFirst();
  }

  private AdminPage page(String notice) {
    return shell.page(AdminShell.member(identity), notice);
  }
}
