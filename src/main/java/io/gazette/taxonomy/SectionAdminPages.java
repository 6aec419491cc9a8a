package io.gazette.taxonomy;

import io.gazette.i18n.NewsroomMessages;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** Sections for editors: {@code /admin/sections}, with a name and slug in every language. */
@Path(SectionAdminPages.PATH)
public class SectionAdminPages extends LabelAdminPages {

  static final String PATH = "/admin/sections";

  private final SectionService sections;

  SectionAdminPages(SectionService sections) {
    super(Taxonomy.SECTION, PATH, sections);
    this.sections = sections;
  }

  @GET
  public TemplateInstance list(@QueryParam("done") String done, @QueryParam("id") Long id) {
    return render("", 1, notice(done, id), null);
  }

  // Few enough to list whole, in the navigation's order, the failed form in its place.
  @Override
  LabelPage listed(String q, int page, Long failedId) {
    return LabelPage.whole(sections.list());
  }

  @Override
  String suggestedPosition() {
    return String.valueOf(sections.nextPosition());
  }

  @Override
  String notice(NewsroomMessages m, boolean created, String name) {
    return created ? m.noticeSectionCreated(name) : m.noticeSectionSaved(name);
  }
}
