package io.gazette.taxonomy;

import io.gazette.i18n.NewsroomMessages;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;

/** Tags for editors: {@code /admin/tags}, filtered and paginated, a name and slug per language. */
@Path(TagAdminPages.PATH)
public class TagAdminPages extends LabelAdminPages {

  static final String PATH = "/admin/tags";
  static final int PAGE_SIZE = 50;

  private final TagService tags;

  TagAdminPages(TagService tags) {
    super(Taxonomy.TAG, PATH, tags);
    this.tags = tags;
  }

  @GET
  public TemplateInstance list(
      @QueryParam("q") String q,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("done") String done,
      @QueryParam("id") Long id) {
    // No done, no notice, as this page always answered (the section page says "saved" then).
    String notice = done == null ? null : notice(done, id);
    return render(q == null ? "" : q.strip(), Math.max(1, page), notice, null);
  }

  @Override
  LabelPage listed(String q, int page, Long failedId) {
    LabelPage found = tags.list(q, page, PAGE_SIZE);
    if (failedId == null) {
      return found;
    }
    // The tag whose form failed comes first: it may not be on the page at all.
    List<LabelView> items = new ArrayList<>(List.of(tags.get(failedId)));
    found.items().stream().filter(tag -> tag.id() != failedId).forEach(items::add);
    return new LabelPage(items, found.page(), found.size(), found.total());
  }

  @Override
  String suggestedPosition() {
    return "";
  }

  @Override
  String notice(NewsroomMessages m, boolean created, String name) {
    return created ? m.noticeTagCreated(name) : m.noticeTagSaved(name);
  }
}
