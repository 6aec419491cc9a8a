package io.gazette.admin;

import io.gazette.GazetteConfig;
import io.gazette.i18n.Bundles;
import io.gazette.i18n.Language;
import io.gazette.i18n.Languages;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

/** The newsroom's frame: the member's interface language, their messages, the page around. */
@ApplicationScoped
public class AdminShell {

  private final Languages languages;
  private final GazetteConfig config;

  AdminShell(Languages languages, GazetteConfig config) {
    this.languages = languages;
    this.config = config;
  }

  /** The signed-in member behind an identity, or null when anonymous. */
  public static SignedIn member(SecurityIdentity identity) {
    return identity == null ? null : identity.getAttribute(SignedIn.ATTRIBUTE);
  }

  /** The admin UI language: the member's choice when the site has it, else the default. */
  public Language language(SignedIn member) {
    return languages
        .find(member == null ? null : member.uiLanguage())
        .orElse(languages.defaultLanguage());
  }

  public AdminPage page(SignedIn member, String notice) {
    return new AdminPage(language(member), config.siteName(), member, notice);
  }

  /** The newsroom messages in a language, for texts composed in Java such as notices. */
  public AdminMessages messages(Language language) {
    return Bundles.in(AdminMessages.class, language);
  }
}
