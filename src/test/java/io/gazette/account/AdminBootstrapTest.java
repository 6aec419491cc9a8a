package io.gazette.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.admin.Role;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AdminBootstrapTest {

  @Test
  @Transactional
  void shouldCreateFirstAdministratorWithBcryptHashOfConfiguredPassword() {
    Account admin = Account.findByUsername("admin").orElseThrow();
    assertThat(admin.role).isEqualTo(Role.ADMIN);
    assertThat(admin.enabled).isTrue();
    assertThat(admin.passwordHash).startsWith("$2").doesNotContain("test-admin-password");
    assertThat(BcryptUtil.matches("test-admin-password", admin.passwordHash)).isTrue();
  }
}
