package io.gazette.account;

import io.gazette.GazetteConfig;
import io.gazette.admin.Role;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import org.jboss.logging.Logger;

/** Creates the first administrator on an empty database (SPEC §1). */
@ApplicationScoped
public class AdminBootstrap {

  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

  private final GazetteConfig config;

  AdminBootstrap(GazetteConfig config) {
    this.config = config;
  }

  @Transactional
  void onStart(@Observes @Priority(10) StartupEvent event) {
    if (Account.count() > 0) {
      return;
    }
    String username = config.admin().username();
    String password = config.admin().password().filter(p -> !p.isBlank()).orElse(null);
    if (password == null) {
      password = generatePassword();
      // Printed once: the only moment the generated password is known in clear.
      LOG.warnf(
          "Created administrator '%s' with the generated password: %s (change it after signing in)",
          username, password);
    } else {
      LOG.infof("Created administrator '%s' with the configured password", username);
    }
    Account.create(username, password, Role.ADMIN).persist();
  }

  private static String generatePassword() {
    byte[] bytes = new byte[15];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
