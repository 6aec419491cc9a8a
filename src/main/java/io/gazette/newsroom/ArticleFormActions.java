package io.gazette.newsroom;

import io.gazette.GazetteConfig;
import io.gazette.admin.AdminPage;
import io.gazette.admin.SignedIn;
import io.gazette.editorial.EditorialService;
import io.gazette.i18n.Bundles;
import io.gazette.story.ArticleStatus;
import io.gazette.story.StoryMessages;
import io.gazette.workflow.WorkflowService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The workflow buttons of the article screens: one article from its page, or many from the list.
 */
@ApplicationScoped
public class ArticleFormActions {

  /** Where a bulk action may return: the list with its (encoded) filters, nothing else. */
  private static final Pattern LIST_URL = Pattern.compile("/admin/articles\\?[\\w%&=.+~-]*");

  private final WorkflowService workflow;
  private final EditorialService editorial;
  private final ArticleFormViews views;
  private final ZoneId zone;

  ArticleFormActions(
      WorkflowService workflow,
      EditorialService editorial,
      ArticleFormViews views,
      GazetteConfig config) {
    this.workflow = workflow;
    this.editorial = editorial;
    this.views = views;
    this.zone = config.timezone();
  }

  /**
   * Runs {@code action} (submit, publish, unpublish, send-back) on the version the member saw;
   * {@code at}, sent only by the schedule form, is a local date-time in the site's zone. Answers a
   * redirect to the article, or its page again with why nothing happened.
   */
  public Response run(
      AdminPage page, long id, String action, int version, String at, boolean override) {
    var messages = Bundles.in(ArticleAdminMessages.class, page.language());
    Instant when = at == null ? null : futureInstant(at);
    if (at != null && when == null) {
      return again(page, id, 400, messages.error(ArticleFieldError.SCHEDULE_TIME));
    }
    WorkflowService.Outcome outcome;
    try {
      outcome = outcome(page.member(), id, action, version, when, override);
    } catch (BadRequestException wrongState) {
      var status = editorial.get(page.member(), id).status();
      String word = Bundles.in(StoryMessages.class, page.language()).status(status);
      return again(page, id, 400, messages.wrongState(word));
    }
    if (outcome instanceof WorkflowService.Outcome.Done done) {
      return Response.seeOther(URI.create("/admin/articles/" + id + "?done=" + done(action, done)))
          .build();
    }
    if (outcome instanceof WorkflowService.Outcome.Blocked) {
      return again(page, id, 422, messages.blockedPublish());
    }
    return again(page, id, 409, messages.conflictAction());
  }

  /**
   * Publishes or unpublishes ({@code action}) each selected article ({@code id:version}) that is in
   * a state for it; answers where the list shows what happened.
   */
  public URI bulk(SignedIn member, String action, List<String> selected, String back) {
    boolean publish = "publish".equals(action);
    if (!publish && !"unpublish".equals(action)) {
      throw new BadRequestException("unknown bulk action");
    }
    String list =
        back != null && LIST_URL.matcher(back).matches() ? back : "/admin/articles?page=1";
    if (selected == null || selected.isEmpty()) {
      return URI.create(list + "&changed=none");
    }
    int changed = 0;
    List<Long> blocked = new ArrayList<>();
    for (String item : selected) {
      var outcome = bulkOne(member, publish, item);
      changed += outcome instanceof WorkflowService.Outcome.Done ? 1 : 0;
      if (outcome instanceof WorkflowService.Outcome.Blocked) {
        blocked.add(Long.valueOf(item.split(":")[0]));
      }
    }
    int skipped = selected.size() - changed - blocked.size();
    String ids = blocked.stream().map(String::valueOf).collect(Collectors.joining(","));
    return URI.create(list + "&changed=" + changed + "&skipped=" + skipped + "&blocked=" + ids);
  }

  /** One article of a bulk action; null when it was left as it was. */
  private WorkflowService.Outcome bulkOne(SignedIn member, boolean publish, String item) {
    String[] parts = item.split(":");
    try {
      long id = Long.parseLong(parts[0]);
      int version = Integer.parseInt(parts[1]);
      ArticleStatus status = editorial.get(member, id).status();
      if (publish && status != ArticleStatus.PUBLISHED) {
        return workflow.publish(member, id, version, null, false);
      }
      boolean live = status == ArticleStatus.PUBLISHED || status == ArticleStatus.SCHEDULED;
      return !publish && live ? workflow.unpublish(member, id, version) : null;
    } catch (NumberFormatException | IndexOutOfBoundsException | NotFoundException unreadable) {
      return null;
    }
  }

  private WorkflowService.Outcome outcome(
      SignedIn member, long id, String action, int version, Instant at, boolean override) {
    return switch (action) {
      case "submit" -> workflow.submit(member, id, version);
      case "publish" -> workflow.publish(member, id, version, at, override);
      case "unpublish" -> workflow.unpublish(member, id, version);
      default -> workflow.sendBack(member, id, version);
    };
  }

  private static String done(String action, WorkflowService.Outcome.Done done) {
    return switch (action) {
      case "submit" -> "submitted";
      case "publish" ->
          done.article().status() == ArticleStatus.SCHEDULED ? "scheduled" : "published";
      case "unpublish" -> "unpublished";
      default -> "sent-back";
    };
  }

  private Response again(AdminPage page, long id, int status, String alert) {
    return ArticleAdminPages.answer(status, page, views.edit(page, id, alert));
  }

  /** The instant of a {@code datetime-local} value in the site's zone, if it is in the future. */
  private Instant futureInstant(String local) {
    try {
      Instant at = LocalDateTime.parse(local.strip()).atZone(zone).toInstant();
      return at.isAfter(Instant.now()) ? at : null;
    } catch (DateTimeParseException unreadable) {
      return null;
    }
  }
}
