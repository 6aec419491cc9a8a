package io.gazette.account;

import io.gazette.admin.Role;
import io.gazette.admin.SignedIn;
import io.gazette.i18n.Names;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Managing newsroom accounts. Any change to who someone is or what they may do (disabling, role,
 * password) ends their sessions at once, so a copied cookie stops working.
 */
@ApplicationScoped
public class AccountService {

  public static final int PASSWORD_MIN = 12;
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");

  private final SessionService sessions;

  AccountService(SessionService sessions) {
    this.sessions = sessions;
  }

  @Transactional
  public List<AccountView> list() {
    return Account.<Account>list("order by username").stream().map(AccountView::of).toList();
  }

  /**
   * Creates an account; answers field to message key when something is not acceptable. A username
   * taken by a concurrent creation, in whatever case, is refused like one taken before.
   */
  public Map<String, String> create(
      String username, String displayName, Role role, String password) {
    String name = username == null ? "" : username.strip();
    String display = displayName == null ? "" : displayName.strip();
    try {
      return QuarkusTransaction.requiringNew().call(() -> write(name, display, role, password));
    } catch (PersistenceException raced) {
      return Map.of("username", "errorUsernameTaken");
    }
  }

  private static Map<String, String> write(
      String name, String display, Role role, String password) {
    Map<String, String> errors = errors(name, display, password);
    if (errors.isEmpty()) {
      Account account = Account.create(name, password, role == null ? Role.AUTHOR : role);
      account.displayName = display;
      account.persist();
      Account.flush();
    }
    return errors;
  }

  private static Map<String, String> errors(String name, String display, String password) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (!USERNAME.matcher(name).matches()) {
      errors.put("username", "errorUsernameFormat");
    } else {
      Account.findByUsername(name)
          .map(other -> other.username.equals(name) ? "errorUsernameTaken" : "errorUsernameCase")
          .ifPresent(taken -> errors.put("username", taken));
    }
    if (display.isEmpty() || display.length() > 100) {
      errors.put("displayName", "errorDisplayName");
    } else if (Names.hasHiddenCharacters(display)) {
      errors.put("displayName", "errorDisplayNameInvisible");
    }
    if (password == null || password.length() < PASSWORD_MIN) {
      errors.put("password", "errorPasswordLength");
    }
    return errors;
  }

  @Transactional
  public String changeRole(SignedIn actor, long accountId, Role role) {
    Account account = other(actor, accountId);
    account.role = role;
    sessions.endAllSessions(account.id);
    return account.username;
  }

  @Transactional
  public String setEnabled(SignedIn actor, long accountId, boolean enabled) {
    Account account = other(actor, accountId);
    account.enabled = enabled;
    sessions.endAllSessions(account.id);
    return account.username;
  }

  /** Sets a new password chosen by an administrator; empty when it is too short. */
  @Transactional
  public Optional<String> resetPassword(long accountId, String password) {
    if (password == null || password.length() < PASSWORD_MIN) {
      return Optional.empty();
    }
    Account account = find(accountId);
    account.passwordHash = BcryptUtil.bcryptHash(password);
    sessions.endAllSessions(account.id);
    return Optional.of(account.username);
  }

  /** Changes the member's own password; answers field to message key on refusal. */
  @Transactional
  public Map<String, String> changeOwnPassword(SignedIn member, String current, String wanted) {
    Account account = find(member.accountId());
    Map<String, String> errors = new LinkedHashMap<>();
    if (current == null || !BcryptUtil.matches(current, account.passwordHash)) {
      errors.put("current", "errorCurrentPassword");
    }
    if (wanted == null || wanted.length() < PASSWORD_MIN) {
      errors.put("password", "errorPasswordLength");
    }
    if (errors.isEmpty()) {
      account.passwordHash = BcryptUtil.bcryptHash(wanted);
      sessions.endAllSessions(account.id);
    }
    return errors;
  }

  /** The admin UI language of the member's own account; null means the site's default. */
  @Transactional
  public void setOwnLanguage(SignedIn member, String lang) {
    find(member.accountId()).uiLanguage = lang == null || lang.isBlank() ? null : lang;
  }

  private static Account other(SignedIn actor, long accountId) {
    if (actor.accountId() == accountId) {
      throw new ForbiddenException("not on one's own account");
    }
    return find(accountId);
  }

  private static Account find(long accountId) {
    Account account = Account.findById(accountId);
    if (account == null) {
      throw new NotFoundException();
    }
    return account;
  }
}
