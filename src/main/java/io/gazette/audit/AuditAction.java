package io.gazette.audit;

/**
 * The audited actions the log page names, as the log stores them ("send-back"); an action stored by
 * another version of the application is shown as stored.
 */
public enum AuditAction {
  CREATE,
  SAVE,
  TRANSLATE,
  UP_TO_DATE,
  SUBMIT,
  SEND_BACK,
  PUBLISH,
  PUBLISH_OVERRIDE,
  SCHEDULE,
  UNPUBLISH,
  PUBLISH_SCHEDULED,
  RESTORE,
  BREAKING,
  BREAKING_CLEAR,
  WEBHOOK_ADD,
  WEBHOOK_REMOVE,
  SIGN_IN,
  SIGN_IN_FAILED
}
