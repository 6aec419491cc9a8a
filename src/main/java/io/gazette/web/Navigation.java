package io.gazette.web;

import java.util.List;

/**
 * The sections in the header of every reader page; the taxonomy feature provides them, so that the
 * frame needs no feature of its own.
 */
public interface Navigation {

  /** The sections that have a name in the language, in navigation order. */
  List<NavSection> sections(String lang);
}
