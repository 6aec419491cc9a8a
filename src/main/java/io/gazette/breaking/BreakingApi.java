package io.gazette.breaking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.GazetteConfig;
import io.gazette.api.ListEnvelope;
import io.gazette.changefeed.ChangeFeedApi;
import io.gazette.i18n.Languages;
import io.gazette.web.Layout;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Breaking news for the app, {@code /api/v1/breaking}: a server-sent event stream that starts with
 * the current alerts and then carries each new one as it is marked; or, asked for JSON, the current
 * alerts as a list. The stream holds no thread while it waits: it is a subscription to {@link
 * BreakingHub}, written by the event loop.
 */
@Path("/api/v1/breaking")
@Tag(name = "Breaking news", description = "Alerts on stories the newsroom marks as breaking.")
public class BreakingApi {

  private static final String SUMMARY =
      "Breaking news: a stream of server-sent events, or the current alerts as JSON";
  private static final String DESCRIPTION =
      "With Accept: text/event-stream, an endless stream: each alert is an event named breaking"
          + " whose data is a Breaking object, first the current alerts, then each new one within"
          + " a second of being marked; a comment line every 15 seconds keeps the connection open."
          + " An alert may come twice around a (re)connection: keep the ids you have shown. With"
          + " Accept: application/json (the default), the current alerts as a list.";
  private static final String LANG = "Only alerts in this language; all languages when absent.";

  private final BreakingService breaking;
  private final BreakingHub hub;
  private final Languages languages;
  private final Layout layout;
  private final ObjectMapper json;
  private final Duration heartbeat;

  BreakingApi(
      BreakingService breaking,
      BreakingHub hub,
      Languages languages,
      Layout layout,
      ObjectMapper json,
      GazetteConfig config) {
    this.breaking = breaking;
    this.hub = hub;
    this.languages = languages;
    this.layout = layout;
    this.json = json;
    this.heartbeat = config.breaking().heartbeat();
  }

  @GET
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(operationId = "getBreaking", summary = SUMMARY, description = DESCRIPTION)
  @APIResponse(
      responseCode = "200",
      description = "An endless stream of events.",
      content =
          @Content(
              mediaType = MediaType.SERVER_SENT_EVENTS,
              schema = @Schema(implementation = BreakingJson.class)))
  @APIResponse(responseCode = "400", description = "lang is not one of the site's; it is named.")
  public Multi<OutboundSseEvent> stream(
      @Parameter(description = LANG, example = "fr") @QueryParam("lang") String lang,
      @Context Sse sse,
      @Context UriInfo uri) {
    String language = ChangeFeedApi.language(languages, lang);
    String base = layout.baseUrl(uri);
    // Live news is listened to before the current alerts are read, so that none falls between;
    // the opening comment comes after both, and tells the app it is listening.
    Multi<OutboundSseEvent> news =
        Multi.createBy()
            .merging()
            .streams(hub.live(), current(language))
            .filter(item -> language == null || item.lang().equals(language))
            .filter(item -> item.isLive(Instant.now()))
            .map(item -> event(sse, BreakingJson.of(item, base)));
    OutboundSseEvent hello =
        sse.newEventBuilder().comment("breaking news").reconnectDelay(3000).build();
    return Multi.createBy().merging().streams(news, Multi.createFrom().item(hello), beats(sse));
  }

  @GET
  @Blocking
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "getBreaking", summary = SUMMARY, description = DESCRIPTION)
  @APIResponse(responseCode = "200", description = "Every current alert, newest end first.")
  @APIResponse(responseCode = "400", description = "lang is not one of the site's; it is named.")
  public ListEnvelope<BreakingJson> current(
      @Parameter(description = LANG, example = "fr") @QueryParam("lang") String lang,
      @Context UriInfo uri) {
    String base = layout.baseUrl(uri);
    List<BreakingJson> items =
        breaking.current(ChangeFeedApi.language(languages, lang)).stream()
            .map(news -> BreakingJson.of(news, base))
            .toList();
    return ListEnvelope.of(items, 1, Math.max(1, items.size()), items.size());
  }

  /** The current alerts, read on a worker thread: the event loop never waits for the database. */
  private Multi<BreakingNews> current(String language) {
    return Uni.createFrom()
        .item(() -> breaking.current(language))
        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
        .onItem()
        .transformToMulti(news -> Multi.createFrom().iterable(news));
  }

  /** Comment lines that keep proxies from closing a quiet stream; a slow client skips some. */
  private Multi<OutboundSseEvent> beats(Sse sse) {
    return Multi.createFrom()
        .ticks()
        .every(heartbeat)
        .onOverflow()
        .drop()
        .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
  }

  private OutboundSseEvent event(Sse sse, BreakingJson alert) {
    try {
      return sse.newEventBuilder().name("breaking").data(json.writeValueAsString(alert)).build();
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("an alert is plain data", impossible);
    }
  }
}
