package io.gazette.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Makes {@link ApiCached} reads cheap to serve again: a fresh serialized answer is sent from the
 * {@link ApiCache} without touching the database; every answer carries a strong ETag (a hash of its
 * bytes, so it changes with any edit that changes the answer), and a matching If-None-Match (or an
 * If-Modified-Since no change has happened since) gets a 304 without a body. Lists get their RFC
 * 8288 Link headers here.
 */
public class ApiCacheFilter {

  static final String CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=600";
  static final String VARY = "Accept-Encoding";

  /** Headers the endpoints set that belong to the answer, kept with it in the cache. */
  private static final List<String> KEPT =
      List.of(HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.LAST_MODIFIED, HttpHeaders.LINK);

  private static final String KEY = ApiCacheFilter.class.getName() + ".key";
  private static final String READ_AT = ApiCacheFilter.class.getName() + ".generation";
  private static final String FROM_CACHE = ApiCacheFilter.class.getName() + ".hit";

  private final ApiCache cache;
  private final ApiRequestKeys keys;
  private final ObjectMapper json;

  ApiCacheFilter(ApiCache cache, ApiRequestKeys keys, ObjectMapper json) {
    this.cache = cache;
    this.keys = keys;
    this.json = json;
  }

  /**
   * Refuses undeclared query parameters, then answers from the cache when it can. After the
   * API-wide filters (priority {@code USER}), so that none of them is skipped by a cached answer.
   */
  @ServerRequestFilter(priority = Priorities.USER + 100)
  public Optional<Response> answerFromCache(
      ContainerRequestContext request, ResourceInfo resource) {
    Method method = cached(resource);
    String verb = request.getMethod();
    if (method == null || !(HttpMethod.GET.equals(verb) || HttpMethod.HEAD.equals(verb))) {
      return Optional.empty();
    }
    Optional<String> undeclared = keys.undeclared(method, request.getUriInfo());
    if (undeclared.isPresent()) {
      return Optional.of(ApiRequestKeys.refuse(undeclared.get()).getResponse());
    }
    String key = keys.key(method, request.getUriInfo());
    request.setProperty(KEY, key);
    request.setProperty(READ_AT, cache.generation());
    Optional<ApiCache.Answer> hit = cache.get(key);
    hit.ifPresent(answer -> request.setProperty(FROM_CACHE, Boolean.TRUE));
    return hit.map(answer -> answer(request, answer));
  }

  /** Serializes a fresh answer once, keeps it, and gives it its validators and cache headers. */
  @ServerResponseFilter
  public void remember(ContainerRequestContext request, ContainerResponseContext response) {
    String key = (String) request.getProperty(KEY);
    if (key == null
        || request.getProperty(FROM_CACHE) != null
        || response.getStatus() != 200
        || response.getEntity() == null) {
      return;
    }
    if (response.getEntity() instanceof ListEnvelope<?> list) {
      String base = keys.base(request.getUriInfo());
      response
          .getHeaders()
          .putSingle(HttpHeaders.LINK, PageLinks.of(list.meta(), base, request.getUriInfo()));
    }
    byte[] body = serialize(response.getEntity());
    var answer = new ApiCache.Answer(body, Validators.etag(body), kept(response));
    cache.put(key, (Long) request.getProperty(READ_AT), answer);
    response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    response.getHeaders().putSingle(HttpHeaders.ETAG, answer.etag());
    response.getHeaders().add(HttpHeaders.VARY, VARY);
    if (Validators.notModified(request, answer, cache.lastChange())) {
      response.setStatusInfo(Response.Status.NOT_MODIFIED);
      response.setEntity(null);
    } else {
      response.setEntity(body, new Annotation[0], MediaType.APPLICATION_JSON_TYPE);
    }
  }

  private static Map<String, String> kept(ContainerResponseContext response) {
    Map<String, String> kept = new LinkedHashMap<>();
    for (String name : KEPT) {
      String value = response.getHeaderString(name);
      if (value != null) {
        kept.put(name, value);
      }
    }
    return Map.copyOf(kept);
  }

  private Response answer(ContainerRequestContext request, ApiCache.Answer answer) {
    boolean unchanged = Validators.notModified(request, answer, cache.lastChange());
    var builder =
        unchanged
            ? Response.notModified()
            : Response.ok(answer.json(), MediaType.APPLICATION_JSON_TYPE);
    answer.headers().forEach(builder::header);
    return builder
        .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
        .header(HttpHeaders.ETAG, answer.etag())
        .header(HttpHeaders.VARY, VARY)
        .build();
  }

  private byte[] serialize(Object entity) {
    if (entity instanceof byte[] bytes) {
      return bytes;
    }
    try {
      return json.writeValueAsBytes(entity);
    } catch (JsonProcessingException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  private static Method cached(ResourceInfo resource) {
    Method method = resource == null ? null : resource.getResourceMethod();
    if (method == null) {
      return null;
    }
    boolean marked =
        method.isAnnotationPresent(ApiCached.class)
            || method.getDeclaringClass().isAnnotationPresent(ApiCached.class);
    return marked ? method : null;
  }
}
