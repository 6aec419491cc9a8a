package io.gazette.webhook;

import io.gazette.admin.AdminPage;
import io.gazette.admin.AdminShell;
import io.gazette.i18n.NewsroomMessages;
import io.gazette.i18n.NewsroomWords;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Webhooks in the newsroom ({@code /admin/webhooks}, administrators): list, add, remove. */
@Path("/admin/webhooks")
@Blocking
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML)
public class WebhookAdminPages {

  /** What the add form shows again after a refusal: never the secret. */
  public record AddForm(String url, boolean breaking, boolean publish, String error) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance webhooks(AdminPage page, List<WebhookJson> hooks, AddForm form);
  }

  private final WebhookRegistry registry;
  private final NewsroomWords words;
  private final AdminShell shell;
  private final SecurityIdentity identity;

  WebhookAdminPages(
      WebhookRegistry registry, NewsroomWords words, AdminShell shell, SecurityIdentity identity) {
    this.registry = registry;
    this.words = words;
    this.shell = shell;
    this.identity = identity;
  }

  @GET
  public TemplateInstance list(@RestQuery String done) {
    AdminPage page = page(null);
    NewsroomMessages m = words.messages(page.language());
    String notice = "added".equals(done) ? m.noticeWebhookAdded() : null;
    notice = "removed".equals(done) ? m.noticeWebhookRemoved() : notice;
    return render(page(notice), new AddForm("", true, false, null));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response add(
      @RestForm String url, @RestForm String secret, @RestForm List<String> events) {
    AdminPage page = page(null);
    var body = new WebhookWriteJson(url, secret, events);
    WebhookRegistry.Outcome outcome = registry.register(page.member().username(), body);
    if (outcome instanceof WebhookRegistry.Outcome.Registered) {
      return Response.seeOther(URI.create("/admin/webhooks?done=added")).build();
    }
    NewsroomMessages m = words.messages(page.language());
    boolean internal =
        outcome instanceof WebhookRegistry.Outcome.Invalid invalid
            && "private-address".equals(invalid.errors().get("url"));
    String error = internal ? m.errorWebhookPrivateAddress() : m.errorWebhook();
    boolean publish = events != null && events.contains("publish");
    boolean breaking = events == null || events.contains("breaking");
    AddForm form = new AddForm(url == null ? "" : url, breaking, publish, error);
    return Response.status(400).entity(render(page, form)).build();
  }

  @POST
  @Path("{id}/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response remove(@RestPath long id) {
    if (!registry.delete(AdminShell.member(identity).username(), id)) {
      throw new NotFoundException();
    }
    return Response.seeOther(URI.create("/admin/webhooks?done=removed")).build();
  }

  private TemplateInstance render(AdminPage page, AddForm form) {
    return Templates.webhooks(page, registry.list(), form).setLocale(page.language().locale());
  }

  private AdminPage page(String notice) {
    return shell.page(AdminShell.member(identity), notice);
  }
}
