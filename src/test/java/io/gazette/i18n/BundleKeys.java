package io.gazette.i18n;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The keys a message bundle interface needs in each of its language files. */
final class BundleKeys {

  private BundleKeys() {}

  /** Every {@code @MessageBundle} interface of the application. */
  static List<Class<?>> bundles() {
    return new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.gazette")
            .stream()
            .filter(c -> c.isAnnotatedWith(MessageBundle.class))
            .map(JavaClass::reflect)
            .<Class<?>>map(c -> c)
            .toList();
  }

  /**
   * The keys of a bundle: one a method, except that a method taking only an enum and written in the
   * files has one key a constant, as Qute reads them ({@code status_DRAFT}, or {@code
   * check_$LONG_HEADLINE} when a constant has an underscore).
   */
  static Set<String> of(Class<?> bundle) {
    Set<String> keys = new TreeSet<>();
    for (Method method : bundle.getDeclaredMethods()) {
      keys.addAll(of(method));
    }
    return keys;
  }

  private static List<String> of(Method method) {
    Message message = method.getAnnotation(Message.class);
    boolean inFiles = message == null || message.value().equals(Message.DEFAULT_VALUE);
    Class<?>[] parameters = method.getParameterTypes();
    if (!inFiles || parameters.length != 1 || !parameters[0].isEnum()) {
      return List.of(method.getName());
    }
    List<String> constants =
        Arrays.stream(parameters[0].getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    String separator = constants.stream().anyMatch(c -> c.matches(".*[_$].*")) ? "_$" : "_";
    return constants.stream().map(c -> method.getName() + separator + c).toList();
  }
}
