package io.gazette.library;

import java.util.List;

/** A picture could not be deleted: stories use it. */
public class MediaInUse extends RuntimeException {

  private final transient List<Usage> uses;

  public MediaInUse(List<Usage> uses) {
    super("The picture is used by " + uses.size() + " story versions.", null, false, false);
    this.uses = List.copyOf(uses);
  }

  /** The uses that prevent the deletion. */
  public List<Usage> uses() {
    return uses;
  }
}
