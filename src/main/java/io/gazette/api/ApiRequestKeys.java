package io.gazette.api;

import io.gazette.GazetteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What identifies a cached API read: its origin, path and the query parameters the endpoint
 * declares, in a fixed order. Undeclared parameters are refused rather than ignored: a filter or
 * sort the API does not offer must not look as if it worked, nor make a new cache entry.
 */
@ApplicationScoped
public class ApiRequestKeys {

  private final Map<Method, Set<String>> declared = new ConcurrentHashMap<>();
  private final GazetteConfig config;

  ApiRequestKeys(GazetteConfig config) {
    this.config = config;
  }

  /** The absolute base of links: configured, or else the request's (as reader pages do). */
  String base(UriInfo uri) {
    String base = config.baseUrl().orElseGet(() -> uri.getBaseUri().toString());
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /** The first query parameter the endpoint does not declare, if any. */
  Optional<String> undeclared(Method method, UriInfo uri) {
    Set<String> names = declared(method);
    return uri.getQueryParameters().keySet().stream()
        .filter(name -> !names.contains(name))
        .sorted()
        .findFirst();
  }

  /** The 400 for an undeclared query parameter. */
  static ProblemException refuse(String name) {
    return ProblemException.invalidParameter(
        name, "unknown", "This endpoint has no query parameter '" + name + "'.");
  }

  /** The cache key: origin, raw path, and the declared parameters that have a value, sorted. */
  String key(Method method, UriInfo uri) {
    URI request = uri.getRequestUri();
    StringBuilder key =
        new StringBuilder(request.getScheme())
            .append("://")
            .append(request.getRawAuthority())
            .append(request.getRawPath());
    char separator = '?';
    var query = uri.getQueryParameters();
    for (String name : declared(method)) {
      String value = query.getFirst(name);
      if (value != null && !value.isBlank()) {
        key.append(separator).append(name).append('=').append(encode(value.strip()));
        separator = '&';
      }
    }
    return key.toString();
  }

  private Set<String> declared(Method method) {
    return declared.computeIfAbsent(method, ApiRequestKeys::queryParameters);
  }

  /** The query parameters of a resource method, its {@code @BeanParam}s' included. */
  private static Set<String> queryParameters(Method method) {
    SortedSet<String> names = new TreeSet<>();
    Annotation[][] annotations = method.getParameterAnnotations();
    Class<?>[] types = method.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      for (Annotation annotation : annotations[i]) {
        if (annotation instanceof QueryParam query) {
          names.add(query.value());
        } else if (annotation instanceof BeanParam) {
          beanParameters(types[i], names);
        }
      }
    }
    return Collections.unmodifiableSortedSet(names);
  }

  private static void beanParameters(Class<?> bean, Set<String> names) {
    for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        QueryParam query = field.getAnnotation(QueryParam.class);
        if (query != null) {
          names.add(query.value());
        } else if (field.isAnnotationPresent(BeanParam.class)) {
          beanParameters(field.getType(), names);
        }
      }
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
