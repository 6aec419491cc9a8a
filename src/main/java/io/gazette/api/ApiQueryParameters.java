package io.gazette.api;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses query parameters an API operation does not offer (say {@code sort=title} or a filter on a
 * field that has none): a 400 naming the parameter, rather than an answer that silently ignores
 * what the client asked for.
 */
public class ApiQueryParameters {

  private final Map<Method, Set<String>> offered = new ConcurrentHashMap<>();

  @ServerRequestFilter
  public Response refuseUnknown(ContainerRequestContext request, ResourceInfo resource) {
    Method method = resource == null ? null : resource.getResourceMethod();
    if (method == null || !ApiProblems.isApi(request.getUriInfo().getPath())) {
      return null;
    }
    Set<String> known = offered.computeIfAbsent(method, ApiQueryParameters::namesOf);
    for (String name : request.getUriInfo().getQueryParameters().keySet()) {
      if (!known.contains(name)) {
        Problem problem =
            Problem.of(
                    ProblemType.INVALID_PARAMETER,
                    "This operation offers no parameter " + name + ".")
                .withErrors(List.of(new Problem.FieldError(name, "unknown")));
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(problem).build();
      }
    }
    return null;
  }

  private static Set<String> namesOf(Method method) {
    Set<String> names = new HashSet<>();
    for (Parameter parameter : method.getParameters()) {
      add(
          names,
          parameter.getAnnotation(QueryParam.class),
          parameter.getAnnotation(RestQuery.class),
          parameter.getName());
      if (parameter.isAnnotationPresent(BeanParam.class)) {
        for (Field field : parameter.getType().getFields()) {
          add(
              names,
              field.getAnnotation(QueryParam.class),
              field.getAnnotation(RestQuery.class),
              field.getName());
        }
      }
    }
    return Set.copyOf(names);
  }

  private static void add(Set<String> names, QueryParam query, RestQuery rest, String javaName) {
    if (query != null) {
      names.add(query.value());
    } else if (rest != null) {
      names.add(rest.value().isEmpty() ? javaName : rest.value());
    }
  }
}
