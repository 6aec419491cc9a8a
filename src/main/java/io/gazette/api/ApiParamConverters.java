package io.gazette.api;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Reads the JSON API's typed query parameters against what their {@code @Parameter} documents: a
 * whole number within the schema's minimum and maximum, an id, true or false, or one of an enum's
 * values (in any case). A blank value is an absent one; any other value that does not fit is a 400
 * naming the parameter, before the operation runs.
 */
@Provider
public class ApiParamConverters implements ParamConverterProvider {

  @Override
  public <T> ParamConverter<T> getConverter(Class<T> type, Type generic, Annotation[] annotations) {
    QueryParam query = find(annotations, QueryParam.class);
    Parameter documented = find(annotations, Parameter.class);
    // Only documented query parameters: the pages' own keep the framework's conversion (a 404).
    if (query == null || documented == null) {
      return null;
    }
    Function<String, ?> read = reader(type, query.value(), documented.schema());
    return read == null ? null : new Reading<>(type, read);
  }

  private static Function<String, ?> reader(Class<?> type, String name, Schema schema) {
    if (type == Integer.class) {
      int min = bound(schema.minimum(), Integer.MIN_VALUE);
      int max = bound(schema.maximum(), Integer.MAX_VALUE);
      return raw -> wholeNumber(name, raw, min, max);
    }
    if (type == Long.class) {
      return raw -> id(name, raw);
    }
    if (type == Boolean.class) {
      return raw -> flag(name, raw);
    }
    if (type.isEnum()) {
      return raw -> oneOf(name, raw, type.getEnumConstants());
    }
    return null;
  }

  private static int wholeNumber(String name, String raw, int min, int max) {
    try {
      int value = Integer.parseInt(raw);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException notANumber) {
      // Answered below like a number out of range.
    }
    String range = max == Integer.MAX_VALUE ? "at least " + min : min + " to " + max;
    throw ProblemException.invalidParameter(
        name,
        "out-of-range",
        "The parameter '" + name + "' must be a whole number, " + range + ".");
  }

  private static long id(String name, String raw) {
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException notAnId) {
      throw refuse(name, "not-an-id", "An id is a whole number.");
    }
  }

  private static boolean flag(String name, String raw) {
    return switch (raw.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw ProblemException.invalidParameter(
              name, "not-a-boolean", "The parameter '" + name + "' must be true or false.");
    };
  }

  private static Object oneOf(String name, String raw, Object[] values) {
    String wanted = raw.toUpperCase(Locale.ROOT);
    return Arrays.stream(values)
        .filter(value -> ((Enum<?>) value).name().equals(wanted))
        .findFirst()
        .orElseThrow(() -> refuse(name, "unknown-" + name, "One of " + names(values) + "."));
  }

  private static String names(Object[] values) {
    return Arrays.stream(values)
        .map(value -> ((Enum<?>) value).name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }

  private static ProblemException refuse(String name, String code, String detail) {
    return ProblemException.invalidParameter(
        name, code, "The parameter '" + name + "' is not acceptable. " + detail);
  }

  /** A schema's minimum or maximum; {@code absent} when the schema states none. */
  private static int bound(String stated, int absent) {
    return stated.isEmpty() ? absent : Integer.parseInt(stated);
  }

  private static <A extends Annotation> A find(Annotation[] annotations, Class<A> kind) {
    for (Annotation annotation : annotations) {
      if (kind.isInstance(annotation)) {
        return kind.cast(annotation);
      }
    }
    return null;
  }

  /** One parameter's reading; the stripped value, and none for a blank one. */
  private record Reading<T>(Class<T> type, Function<String, ?> read) implements ParamConverter<T> {

    @Override
    public T fromString(String value) {
      return value == null || value.isBlank() ? null : type.cast(read.apply(value.strip()));
    }

    @Override
    public String toString(T value) {
      return String.valueOf(value);
    }
  }
}
