package io.gazette.account;

import io.gazette.admin.AdminPage;
import io.gazette.admin.AdminShell;
import io.gazette.i18n.Language;
import io.gazette.i18n.Languages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** Every member's own account: password and interface language, {@code /admin/account}. */
@Path("/admin/account")
@Blocking
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class OwnAccountAdminPages {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance account(
        AdminPage page, List<Language> languages, Map<String, String> errors, int minPassword);
  }

  private final AccountService accounts;
  private final AdminShell shell;
  private final Languages languages;
  private final SecurityIdentity identity;

  OwnAccountAdminPages(
      AccountService accounts, AdminShell shell, Languages languages, SecurityIdentity identity) {
    this.accounts = accounts;
    this.shell = shell;
    this.languages = languages;
    this.identity = identity;
  }

  @GET
  @Path("password")
  public TemplateInstance account() {
    return render(Map.of());
  }

  @POST
  @Path("password")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response changePassword(@RestForm String current, @RestForm String password) {
    Map<String, String> errors =
        accounts.changeOwnPassword(AdminShell.member(identity), current, password);
    if (errors.isEmpty()) {
      // Every session ended with the old password, this one included.
      return Response.seeOther(URI.create("/admin/login?signedOut=1")).build();
    }
    return Response.status(400).entity(render(errors)).build();
  }

  @POST
  @Path("language")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response changeLanguage(@RestForm String lang) {
    String chosen = languages.find(lang).map(Language::code).orElse(null);
    accounts.setOwnLanguage(AdminShell.member(identity), chosen);
    return Response.seeOther(URI.create("/admin/account/password")).build();
  }

  private TemplateInstance render(Map<String, String> errors) {
    AdminPage page = shell.page(AdminShell.member(identity), null);
    return Templates.account(page, languages.all(), errors, AccountService.PASSWORD_MIN)
        .setLocale(page.language().locale());
  }
}
