package io.gazette.account;

/** How a session's token travels: a browser cookie for the admin UI, a bearer token for the API. */
public enum SessionKind {
  BROWSER,
  API
}
