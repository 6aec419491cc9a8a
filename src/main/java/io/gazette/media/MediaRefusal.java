package io.gazette.media;

/** Why an upload was not taken in; nothing of it is stored. */
public class MediaRefusal extends Exception {

  /** The reasons, each with its message in the newsroom's bundles. */
  public enum Reason {
    EMPTY,
    TOO_LARGE,
    SVG,
    NOT_AN_IMAGE,
    CORRUPT,
    TOO_MANY_PIXELS,
    BUSY
  }

  private final Reason reason;

  public MediaRefusal(Reason reason) {
    super(reason.name(), null, false, false);
    this.reason = reason;
  }

  public MediaRefusal(Reason reason, Throwable cause) {
    super(reason.name(), cause, false, false);
    this.reason = reason;
  }

  /** Why. */
  public Reason reason() {
    return reason;
  }
}
