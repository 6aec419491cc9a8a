package io.gazette.admin;

/**
 * The newsroom member behind a request, as the admin surfaces see them.
 *
 * @param accountId the account's id
 * @param username the sign-in name
 * @param displayName the name shown in the admin UI
 * @param role what the account may do
 * @param uiLanguage the admin UI's language for this account, or null for the site default
 * @param csrfToken the token this session's forms must carry
 */
public record SignedIn(
    long accountId,
    String username,
    String displayName,
    Role role,
    String uiLanguage,
    String csrfToken) {

  /** The security identity attribute that holds the member. */
  public static final String ATTRIBUTE = "gazette.member";

  /** The role as Quarkus Security knows it ({@code admin}, {@code editor}...). */
  public String roleName() {
    return role.name().toLowerCase(java.util.Locale.ROOT);
  }
}
