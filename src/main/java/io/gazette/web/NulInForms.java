package io.gazette.web;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FileItem;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Every NUL in a form field becomes U+FFFD before an endpoint reads the form, as in paths and
 * queries ({@link UnreadableRequests}) and JSON bodies ({@link NulInJson}): PostgreSQL refuses NUL
 * in a text parameter, so a title or a tag name holding one failed the request with a 500 there (H2
 * stored it). No person types a NUL; U+FFFD is what undecodable bytes of a form already become, and
 * what the comment rules refuse as a forbidden character.
 */
public class NulInForms {

  /** The replacement character that stands for what could not be read. */
  static final char REPLACEMENT = '\uFFFD';

  /** The text with each NUL made U+FFFD; the same instance when it holds none. */
  public static String withoutNul(String text) {
    return text == null || text.indexOf('\0') < 0 ? text : text.replace('\0', REPLACEMENT);
  }

  @WithFormRead
  @ServerRequestFilter
  public void replaceNul(ResteasyReactiveContainerRequestContext request) {
    if (!(request.getServerRequestContext() instanceof ResteasyReactiveRequestContext context)) {
      return;
    }
    FormData form = context.getFormData();
    if (form == null) {
      return;
    }
    for (String name : form) {
      Deque<FormValue> values = form.get(name);
      if (values.stream().anyMatch(NulInForms::holdsNul)) {
        List<FormValue> replaced = new ArrayList<>(values.size());
        values.forEach(value -> replaced.add(holdsNul(value) ? new Replaced(value) : value));
        values.clear();
        values.addAll(replaced);
      }
    }
  }

  private static boolean holdsNul(FormValue value) {
    return !value.isFileItem() && value.getValue() != null && value.getValue().indexOf('\0') >= 0;
  }

  /** A text field of the form, its NULs made U+FFFD. */
  private record Replaced(FormValue sent) implements FormValue {

    @Override
    public String getValue() {
      return withoutNul(sent.getValue());
    }

    @Override
    public String getCharset() {
      return sent.getCharset();
    }

    @Override
    public FileItem getFileItem() {
      return null;
    }

    @Override
    public boolean isFileItem() {
      return false;
    }

    @Override
    public String getFileName() {
      return sent.getFileName();
    }

    @Override
    public jakarta.ws.rs.core.MultivaluedMap<String, String> getHeaders() {
      return sent.getHeaders();
    }
  }
}
