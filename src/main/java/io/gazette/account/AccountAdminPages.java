package io.gazette.account;

import io.gazette.admin.AdminPage;
import io.gazette.admin.AdminShell;
import io.gazette.admin.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** Administrators manage newsroom accounts: {@code /admin/users}. */
@Path("/admin/users")
@Blocking
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML)
public class AccountAdminPages {

  /** What was typed into the new-user form, kept when it comes back with errors. */
  public record NewUser(String username, String displayName, Role role) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance users(
        AdminPage page,
        List<AccountView> accounts,
        List<Role> roles,
        NewUser typed,
        Map<String, String> errors,
        int minPassword);
  }

  private final AccountService accounts;
  private final AdminShell shell;
  private final SecurityIdentity identity;

  AccountAdminPages(AccountService accounts, AdminShell shell, SecurityIdentity identity) {
    this.accounts = accounts;
    this.shell = shell;
    this.identity = identity;
  }

  @GET
  public TemplateInstance users(
      @QueryParam("created") String created, @QueryParam("updated") String updated) {
    AdminPage page = shell.page(AdminShell.member(identity), null);
    var messages = shell.messages(page.language());
    String notice =
        created != null
            ? messages.userCreated(created)
            : updated != null ? messages.userUpdated(updated) : null;
    return render(shell.page(page.member(), notice), new NewUser("", "", Role.AUTHOR), Map.of())
        .setLocale(page.language().locale());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(
      @RestForm String username,
      @RestForm String displayName,
      @RestForm Role role,
      @RestForm String password) {
    Map<String, String> errors = accounts.create(username, displayName, role, password);
    if (errors.isEmpty()) {
      return Response.seeOther(URI.create("/admin/users?created=" + username.strip())).build();
    }
    AdminPage page = shell.page(AdminShell.member(identity), null);
    var form = render(page, new NewUser(username, displayName, role), errors);
    return Response.status(400).entity(form.setLocale(page.language().locale())).build();
  }

  @POST
  @Path("{id}/role")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response changeRole(@PathParam("id") long id, @RestForm Role role) {
    if (role == null) {
      return Response.status(400).build();
    }
    return updated(accounts.changeRole(AdminShell.member(identity), id, role));
  }

  @POST
  @Path("{id}/enabled")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response setEnabled(@PathParam("id") long id, @RestForm boolean enabled) {
    return updated(accounts.setEnabled(AdminShell.member(identity), id, enabled));
  }

  @POST
  @Path("{id}/password")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response resetPassword(@PathParam("id") long id, @RestForm String password) {
    var username = accounts.resetPassword(id, password);
    if (username.isEmpty()) {
      AdminPage page = shell.page(AdminShell.member(identity), null);
      var form =
          render(page, new NewUser("", "", Role.AUTHOR), Map.of("reset", "errorPasswordLength"));
      return Response.status(400).entity(form.setLocale(page.language().locale())).build();
    }
    return updated(username.get());
  }

  private static Response updated(String username) {
    return Response.seeOther(
            URI.create(
                "/admin/users?updated="
                    + java.net.URLEncoder.encode(
                        username, java.nio.charset.StandardCharsets.UTF_8)))
        .build();
  }

  private TemplateInstance render(AdminPage page, NewUser typed, Map<String, String> errors) {
    return Templates.users(
        page, accounts.list(), List.of(Role.values()), typed, errors, AccountService.PASSWORD_MIN);
  }
}
