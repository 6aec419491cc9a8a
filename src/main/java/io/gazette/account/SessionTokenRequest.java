package io.gazette.account;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A session token presented by a browser cookie or an API bearer header. */
public class SessionTokenRequest extends BaseAuthenticationRequest {

  private final String token;
  private final SessionKind kind;

  public SessionTokenRequest(String token, SessionKind kind) {
    this.token = token;
    this.kind = kind;
  }

  public String token() {
    return token;
  }

  public SessionKind kind() {
    return kind;
  }
}
