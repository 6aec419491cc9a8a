package io.gazette.changefeed;

import io.gazette.api.ProblemException;
import io.gazette.i18n.Languages;
import io.gazette.web.Layout;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The change feed for offline apps, {@code /api/v1/changes} (SPEC §5): what changed since the app's
 * cursor, in order; replayed from no cursor it yields exactly the published articles.
 */
@Path("/api/v1/changes")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sync", description = "Keep an offline copy of the published articles.")
public class ChangeFeedApi {

  static final int DEFAULT_LIMIT = 100;

  private static final String EXAMPLE =
      "{\"items\": [{\"type\": \"upsert\", \"id\": 42, \"lang\": \"fr\", \"article\": {\"id\": 42,"
          + " \"storyId\": 17, \"lang\": \"fr\", \"title\": \"Le port s'agrandit\"}},"
          + " {\"type\": \"delete\", \"id\": 40, \"lang\": \"en\"}], \"next\": \"djE6MTI4\"}";

  private final ChangeReader reader;
  private final Languages languages;
  private final Layout layout;

  ChangeFeedApi(ChangeReader reader, Languages languages, Layout layout) {
    this.reader = reader;
    this.languages = languages;
    this.layout = layout;
  }

  @GET
  @Operation(
      operationId = "listChanges",
      summary = "Changes since a cursor: upserts of published articles and deletions",
      description =
          "Start without since; store each page's items, then call again with since = next until"
              + " items is empty. Keep next: later calls return only what changed after it. Each"
              + " article appears with its latest state; the same article may come again.")
  @APIResponse(
      responseCode = "200",
      description = "The changes after the cursor, oldest first, at most limit.",
      content =
          @Content(
              schema = @Schema(implementation = ChangesJson.class),
              examples = @ExampleObject(name = "changes", value = EXAMPLE)))
  @APIResponse(responseCode = "400", description = "since, lang or limit not acceptable; named.")
  public ChangesJson changes(
      @Parameter(description = "The next of the previous page; none to start from the beginning.")
          @QueryParam("since")
          String since,
      @Parameter(description = "Only articles in this language.", example = "fr")
          @QueryParam("lang")
          String lang,
      @Parameter(
              description = "The most changes to return.",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "1",
                      maximum = "500",
                      defaultValue = "100"))
          @QueryParam("limit")
          Integer limit,
      @Context UriInfo uri) {
    long from = ChangeCursor.decode(since);
    String language = language(languages, lang);
    return reader.after(from, language, limit == null ? DEFAULT_LIMIT : limit, layout.baseUrl(uri));
  }

  /** A configured language, null when absent; a 400 naming {@code lang} when unknown. */
  public static String language(Languages languages, String lang) {
    if (lang == null || lang.isBlank()) {
      return null;
    }
    return languages
        .find(lang.strip())
        .orElseThrow(
            () ->
                ProblemException.invalidParameter(
                    "lang", "unknown-language", "The site has no language '" + lang + "'."))
        .code();
  }
}
