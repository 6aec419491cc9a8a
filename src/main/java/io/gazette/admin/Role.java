package io.gazette.admin;

/** What a newsroom account may do (SPEC §4). */
public enum Role {
  ADMIN,
  EDITOR,
  AUTHOR,
  MODERATOR
}
