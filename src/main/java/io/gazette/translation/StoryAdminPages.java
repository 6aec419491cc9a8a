package io.gazette.translation;

import io.gazette.GazetteConfig;
import io.gazette.admin.AdminPage;
import io.gazette.admin.AdminShell;
import io.gazette.admin.SignedIn;
import io.gazette.breaking.BreakingPanel;
import io.gazette.breaking.BreakingService;
import io.gazette.editorial.ArticleSnapshot;
import io.gazette.editorial.NewsroomQueries;
import io.gazette.i18n.Bundles;
import io.gazette.i18n.Codes;
import io.gazette.i18n.Language;
import io.gazette.i18n.Languages;
import io.gazette.i18n.NewsroomMessages;
import io.gazette.i18n.NewsroomWords;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.RestPath;

/**
 * A story in every site language ({@code /admin/stories/{id}}): each version's state, with links to
 * edit it, translate the missing ones and see what changed for the outdated ones.
 */
@Path("/admin")
@Blocking
@RolesAllowed({"admin", "editor", "author"})
@Produces(MediaType.TEXT_HTML)
public class StoryAdminPages {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance story(
        AdminPage page,
        String title,
        List<StoryRow> rows,
        Set<String> altMissing,
        BreakingPanel breaking);
  }

  private final NewsroomQueries queries;
  private final NewsroomWords words;
  private final AdminShell shell;
  private final SecurityIdentity identity;
  private final BreakingService breaking;
  private final ZoneId zone;
  private final StoryPictures pictures;
  private final Languages languages;

  StoryAdminPages(
      NewsroomQueries queries,
      NewsroomWords words,
      AdminShell shell,
      SecurityIdentity identity,
      BreakingService breaking,
      GazetteConfig config,
      StoryPictures pictures,
      Languages languages) {
    this.queries = queries;
    this.words = words;
    this.shell = shell;
    this.identity = identity;
    this.breaking = breaking;
    this.zone = config.timezone();
    this.pictures = pictures;
    this.languages = languages;
  }

  @GET
  @Path("stories/{storyId}")
  public TemplateInstance story(@RestPath long storyId, @QueryParam("done") String done) {
    SignedIn member = AdminShell.member(identity);
    var states = queries.story(member, storyId);
    Language ui = shell.language(member);
    NewsroomMessages m = words.messages(ui);
    var notices = Bundles.in(StoryPageMessages.class, ui);
    String notice = Codes.camel(StoryNotice.class, done).map(notices::notice).orElse(null);
    ArticleSnapshot source = StoryRow.source(states);
    String title = source == null ? String.valueOf(storyId) : source.title();
    var panel = BreakingPanel.of(storyId, breaking.until(storyId), zone, words, ui);
    var altMissing = pictures.withoutAlt(storyId, languages.all());
    var rows = StoryRow.of(states, ui, m);
    return Templates.story(shell.page(member, notice), title, rows, altMissing, panel)
        .setLocale(ui.locale());
  }
}
