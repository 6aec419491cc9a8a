package io.gazette.account;

import io.gazette.admin.Role;

/** A newsroom account as the users page shows it: never its password hash. */
public record AccountView(
    long id, String username, String displayName, Role role, boolean enabled, String uiLanguage) {

  static AccountView of(Account account) {
    return new AccountView(
        account.id,
        account.username,
        account.displayName,
        account.role,
        account.enabled,
        account.uiLanguage);
  }
}
