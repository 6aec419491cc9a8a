package io.gazette.audit;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The names of audited actions, in a bundle of this folder because they take its enum, which the
 * shared newsroom bundle below cannot name; texts live in {@code messages/audit_<lang>.properties}.
 */
@MessageBundle(value = "audit", locale = "en")
public interface AuditMessages {

  /** The action as the log page names it: Qute picks the key of the constant. */
  @Message
  String action(AuditAction action);
}
