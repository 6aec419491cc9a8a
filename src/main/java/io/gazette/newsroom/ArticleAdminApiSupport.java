package io.gazette.newsroom;

import static io.gazette.admin.AdminQuery.blank;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.api.LangParam;
import io.gazette.api.Problem;
import io.gazette.api.ProblemException;
import io.gazette.api.ProblemType;
import io.gazette.editorial.ArticleSnapshot;
import io.gazette.editorial.NewsroomQueries;
import io.gazette.editorial.SaveOutcome;
import io.gazette.i18n.Languages;
import io.gazette.story.ArticleStatus;
import io.gazette.story.Story;
import io.gazette.workflow.EditorialCheck;
import io.gazette.workflow.WorkflowService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.function.Supplier;

/** Reads what {@link ArticleAdminApi} is sent, and words what it refuses. */
@ApplicationScoped
class ArticleAdminApiSupport {

  private final Languages languages;
  private final ObjectMapper json;

  ArticleAdminApiSupport(Languages languages, ObjectMapper json) {
    this.languages = languages;
    this.json = json;
  }

  /**
   * The options of a workflow step. The body is read here rather than by the framework so that a
   * bare {@code POST}, without body or Content-Type, means the step with the current version.
   */
  AdminWorkflowJson step(String body) {
    if (body == null || body.isBlank()) {
      return AdminWorkflowJson.NONE;
    }
    try {
      AdminWorkflowJson step = json.readValue(body, AdminWorkflowJson.class);
      return step == null ? AdminWorkflowJson.NONE : step;
    } catch (JsonProcessingException malformed) {
      // Answered as malformed JSON, like the bodies the framework reads.
      throw new WebApplicationException(malformed, 400);
    }
  }

  /** The list filter; the typed parameters are read by {@code ApiParamConverters}. */
  NewsroomQueries.Filter filter(
      String lang, ArticleStatus status, Long section, Long author, String text) {
    String search = blank(text) ? null : text;
    return new NewsroomQueries.Filter(
        LangParam.filter(languages, lang), status, section, author, search);
  }

  /** The body, which the request must have. */
  <T> T required(T body) {
    if (body == null) {
      throw new ProblemException(Problem.of(ProblemType.BAD_REQUEST, "Send a JSON body."));
    }
    if (body instanceof AdminTranslationJson translation
        && (translation.lang() == null || languages.find(translation.lang()).isEmpty())) {
      throw new ProblemException(
          Problem.of(ProblemType.INVALID_FIELDS, "The language is not one of the site's.")
              .withErrors(List.of(new Problem.FieldError("lang", "unknown-language"))));
    }
    return body;
  }

  /**
   * The names, in {@code lang}, of the story's tags that have one, so that a new version keeps
   * exactly the story's tags.
   */
  List<String> storyTags(long storyId, String lang) {
    return Story.getEntityManager()
        .createQuery(
            "select l.name from Story s join s.tags t join t.labels l"
                + " where s.id = ?1 and key(l) = ?2 order by l.name",
            String.class)
        .setParameter(1, storyId)
        .setParameter(2, lang)
        .getResultList();
  }

  /** The version in an If-Match header that the request must have: 428 without it. */
  static int requiredVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ProblemException(
          Problem.of(ProblemType.PRECONDITION_REQUIRED, "Send If-Match with the version."));
    }
    return version(ifMatch);
  }

  /** The version in an If-Match header: {@code 3}, {@code "3"} or {@code W/"3"}. */
  static int version(String ifMatch) {
    String tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    try {
      return Integer.parseInt(tag);
    } catch (NumberFormatException notAVersion) {
      throw ProblemException.invalidParameter(
          "If-Match", "not-a-version", "If-Match must carry the article's version, e.g. \"3\".");
    }
  }

  /** The refusal of a change prepared from an older version than {@code current}'s. */
  private static ProblemException stale(ArticleSnapshot current) {
    return new ProblemException(
        Problem.of(
                ProblemType.VERSION_MISMATCH,
                "The article was changed since; it is now at version " + current.version() + ".")
            .withCurrentVersion(current.version()));
  }

  private static List<Problem.Check> checks(List<EditorialCheck> found) {
    return found.stream()
        .map(check -> new Problem.Check(check.kind().name(), check.blocking(), check.detail()))
        .toList();
  }

  /** The outcome of a workflow step that went through; any other is answered as a problem. */
  WorkflowService.Outcome.Done done(Supplier<WorkflowService.Outcome> step) {
    WorkflowService.Outcome outcome;
    try {
      outcome = step.get();
    } catch (BadRequestException wrongState) {
      throw new ProblemException(Problem.of(ProblemType.WRONG_STATE, wrongState.getMessage()));
    }
    if (outcome instanceof WorkflowService.Outcome.Done done) {
      return done;
    }
    if (outcome instanceof WorkflowService.Outcome.Stale stale) {
      throw stale(stale.current());
    }
    var checks = ((WorkflowService.Outcome.Blocked) outcome).checks();
    throw new ProblemException(
        Problem.of(
                ProblemType.PUBLISH_BLOCKED, "Fix the blocking checks, or publish with override.")
            .withChecks(checks(checks)));
  }

  /** The problem of a save that did not go through. */
  static ProblemException refusal(SaveOutcome outcome) {
    if (outcome instanceof SaveOutcome.Conflict conflict) {
      return stale(conflict.current());
    }
    var errors = ((SaveOutcome.Invalid) outcome).errors();
    return new ProblemException(
        Problem.of(ProblemType.INVALID_FIELDS, "Some fields are not acceptable.")
            .withErrors(AdminArticleWriteJson.errors(errors)));
  }
}
