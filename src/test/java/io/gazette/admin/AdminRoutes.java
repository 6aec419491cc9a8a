package io.gazette.admin;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Every newsroom route the application declares, found in the compiled classes. */
final class AdminRoutes {

  private static final Map<Class<? extends java.lang.annotation.Annotation>, String> VERBS =
      Map.of(
          GET.class,
          "GET",
          POST.class,
          "POST",
          PUT.class,
          "PUT",
          DELETE.class,
          "DELETE",
          PATCH.class,
          "PATCH");

  private AdminRoutes() {}

  /** "VERB /path/{param}" for every endpoint under /admin and /api/admin. */
  static TreeSet<String> declared() throws IOException {
    var root = Paths.get("target/classes");
    TreeSet<String> routes = new TreeSet<>();
    List<String> classes;
    try (Stream<java.nio.file.Path> files = Files.walk(root)) {
      classes =
          files
              .map(root::relativize)
              .map(java.nio.file.Path::toString)
              .filter(name -> name.endsWith(".class") && !name.contains("$"))
              .map(name -> name.substring(0, name.length() - 6).replace('/', '.'))
              .toList();
    }
    for (String name : classes) {
      Class<?> type = load(name);
      Path classPath = type == null ? null : type.getAnnotation(Path.class);
      if (classPath != null) {
        routes.addAll(routesOf(type, classPath.value()));
      }
    }
    routes.removeIf(route -> !route.contains(" /admin") && !route.contains(" /api/admin"));
    return routes;
  }

  private static List<String> routesOf(Class<?> type, String base) {
    // With those it inherits: the section and tag pages share their forms' methods.
    return Stream.<Class<?>>iterate(type, c -> c != null && c != Object.class, Class::getSuperclass)
        .flatMap(c -> Stream.of(c.getDeclaredMethods()))
        .flatMap(method -> verbs(method).map(verb -> verb + " " + join(base, method)))
        .toList();
  }

  private static Stream<String> verbs(Method method) {
    return VERBS.entrySet().stream()
        .filter(verb -> method.isAnnotationPresent(verb.getKey()))
        .map(Map.Entry::getValue);
  }

  private static String join(String base, Method method) {
    Path sub = method.getAnnotation(Path.class);
    String path = sub == null ? base : base + "/" + sub.value();
    path = ("/" + path).replaceAll("/+", "/");
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, AdminRoutes.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError unloadable) {
      return null;
    }
  }
}
