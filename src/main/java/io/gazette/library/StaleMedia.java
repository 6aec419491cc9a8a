package io.gazette.library;

/** A picture's texts were changed by someone else since the form was opened. */
public class StaleMedia extends RuntimeException {

  public StaleMedia() {
    super("The picture changed since it was opened.", null, false, false);
  }
}
