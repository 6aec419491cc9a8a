package io.gazette.account;

import io.gazette.admin.Role;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** A newsroom account: who signs in to the admin UI, with a bcrypt password hash and a role. */
@Entity
@Table(name = "account")
public class Account extends PanacheEntity {

  @Column(nullable = false, length = 64, unique = true)
  public String username;

  /**
   * The username in lower case, unique: "ADMIN" cannot sit beside "admin", and either signs in to
   * the same account.
   */
  @Column(name = "username_key", nullable = false, length = 100, unique = true)
  public String usernameKey;

  @Column(name = "password_hash", nullable = false, length = 100)
  public String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public Role role;

  @Column(name = "display_name", nullable = false, length = 100)
  public String displayName;

  public boolean enabled;

  /** The admin UI's language for this account; the site's default when null. */
  @Column(name = "ui_language", length = 35)
  public String uiLanguage;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Version public int version;

  /** A new enabled account whose password is stored as a bcrypt hash. */
  public static Account create(String username, String password, Role role) {
    var account = new Account();
    account.username = username;
    account.usernameKey = key(username);
    account.displayName = username;
    account.passwordHash = BcryptUtil.bcryptHash(password);
    account.role = role;
    account.enabled = true;
    account.createdAt = Instant.now();
    return account;
  }

  /**
   * The account of this username, whatever its case and outer blanks. No username holds a NUL, and
   * PostgreSQL refuses one in a text parameter: such a name is nobody's, without a query.
   */
  public static Optional<Account> findByUsername(String username) {
    return username == null || username.indexOf('\0') >= 0
        ? Optional.empty()
        : find("usernameKey", key(username)).firstResultOptional();
  }

  /** The form under which a username is unique and looked up. */
  static String key(String username) {
    return username.strip().toLowerCase(Locale.ROOT);
  }
}
