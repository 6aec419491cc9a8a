package io.gazette.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The newsroom shell's strings (frame, navigation, sign-in, accounts) besides the words every
 * newsroom screen shares ({@code NewsroomMessages}); texts live in {@code
 * messages/admin_<lang>.properties}.
 */
@MessageBundle(value = "admin", locale = "en")
public interface AdminMessages {

  @Message
  String newsroom(String site);

  @Message
  String skipToContent();

  @Message
  String navigation();

  @Message
  String dashboard();

  @Message
  String users();

  @Message
  String articles();

  @Message
  String sections();

  @Message
  String comments();

  @Message
  String tags();

  @Message
  String audit();

  @Message
  String myPassword();

  @Message
  String signedInAs(String name, String role);

  @Message
  String signOut();

  @Message
  String viewSite();

  @Message
  String signInTitle();

  @Message
  String username();

  @Message
  String password();

  @Message
  String signIn();

  @Message
  String signInRefused();

  @Message
  String signInThrottled();

  @Message
  String signInCrossOrigin();

  @Message
  String signedOut();

  @Message
  String welcome(String name);

  @Message
  String dashboardIntro();

  @Message
  String roleAdmin();

  @Message
  String roleEditor();

  @Message
  String roleAuthor();

  @Message
  String roleModerator();

  @Message
  String displayName();

  @Message
  String role();

  @Message
  String status();

  @Message
  String enabled();

  @Message
  String disabled();

  @Message
  String createUser();

  @Message
  String changeRole();

  @Message
  String disable();

  @Message
  String enable();

  @Message
  String resetPassword();

  @Message
  String newPassword();

  @Message
  String currentPassword();

  @Message
  String changePassword();

  @Message
  String interfaceLanguage();

  @Message
  String userCreated(String username);

  @Message
  String userUpdated(String username);

  @Message
  String passwordChanged();

  @Message
  String errorUsernameFormat();

  @Message
  String errorUsernameTaken();

  @Message
  String errorUsernameCase();

  @Message
  String errorDisplayName();

  @Message
  String errorDisplayNameInvisible();

  @Message
  String errorPasswordLength(int min);

  @Message
  String errorCurrentPassword();

  @Message
  String errorOwnAccount();

  @Message
  String forbiddenTitle();

  @Message
  String forbiddenText();

  @Message
  String concurrentChangeTitle();

  @Message
  String concurrentChangeText();
}
