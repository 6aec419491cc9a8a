package io.gazette.newsroom;

/**
 * What the article page confirms after a redirect, as its address says it ({@code
 * ?done=sent-back}).
 */
public enum ArticleNotice {
  CREATED,
  SAVED,
  SUBMITTED,
  PUBLISHED,
  SCHEDULED,
  UNPUBLISHED,
  SENT_BACK,
  LEAD_IMAGE
}
