package io.gazette.admin;

import io.gazette.i18n.Language;

/**
 * What the newsroom layout needs around every admin page.
 *
 * @param language the admin UI's language for this member
 * @param siteName the site's name
 * @param member who is signed in, or null on the sign-in page
 * @param notice a confirmation to show once (Post/Redirect/Get), or null
 */
public record AdminPage(Language language, String siteName, SignedIn member, String notice) {

  public boolean isAdmin() {
    return member != null && member.role() == Role.ADMIN;
  }

  public boolean isEditor() {
    return member != null && (member.role() == Role.ADMIN || member.role() == Role.EDITOR);
  }

  public boolean mayWrite() {
    return isEditor() || (member != null && member.role() == Role.AUTHOR);
  }

  /** Whether this member may use the comment moderation queue and the blocklist. */
  public boolean mayModerate() {
    return isEditor() || (member != null && member.role() == Role.MODERATOR);
  }

  /** The token that this member's forms carry. */
  public String csrfToken() {
    return member == null ? "" : member.csrfToken();
  }
}
