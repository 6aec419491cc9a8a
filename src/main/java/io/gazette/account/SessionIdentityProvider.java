package io.gazette.account;

import io.gazette.admin.SignedIn;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns a live session token into a security identity with the account's role. */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionTokenRequest> {

  /** The identity attribute that holds the {@link SignedIn} member. */
  private final SessionService sessions;

  SessionIdentityProvider(SessionService sessions) {
    this.sessions = sessions;
  }

  @Override
  public Class<SessionTokenRequest> getRequestType() {
    return SessionTokenRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      SessionTokenRequest request, AuthenticationRequestContext context) {
    return context.runBlocking(
        () ->
            sessions
                .authenticate(request.token(), request.kind())
                .map(SessionIdentityProvider::identity)
                .orElseThrow(AuthenticationFailedException::new));
  }

  private static SecurityIdentity identity(SignedIn member) {
    return QuarkusSecurityIdentity.builder()
        .setPrincipal(new QuarkusPrincipal(member.username()))
        .addRole(member.roleName())
        .addAttribute(SignedIn.ATTRIBUTE, member)
        .build();
  }
}
