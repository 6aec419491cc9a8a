package io.gazette.editorial;

import io.gazette.admin.Role;
import io.gazette.admin.SignedIn;
import io.gazette.story.Article;
import io.gazette.story.ArticleStatus;
import io.gazette.story.Story;
import io.quarkus.security.ForbiddenException;

/**
 * Who may do what with stories (SPEC §4): editors and admins everything; authors only their own
 * stories, and not once they are live; moderators nothing here.
 */
public final class Permissions {

  private Permissions() {}

  public static boolean isEditor(SignedIn member) {
    return member.role() == Role.ADMIN || member.role() == Role.EDITOR;
  }

  public static boolean mayWrite(SignedIn member) {
    return isEditor(member) || member.role() == Role.AUTHOR;
  }

  /** Whether the member may change this article's text. */
  public static boolean mayEdit(SignedIn member, Article article) {
    if (isEditor(member)) {
      return true;
    }
    return member.role() == Role.AUTHOR
        && ownsStory(member, article.story)
        && (article.status == ArticleStatus.DRAFT || article.status == ArticleStatus.REVIEW);
  }

  public static boolean ownsStory(SignedIn member, Story story) {
    return story.owner != null && story.owner.id == member.accountId();
  }

  public static void requireEditor(SignedIn member) {
    if (!isEditor(member)) {
      throw new ForbiddenException();
    }
  }

  public static void requireWriter(SignedIn member) {
    if (!mayWrite(member)) {
      throw new ForbiddenException();
    }
  }

  public static void requireEdit(SignedIn member, Article article) {
    if (!mayEdit(member, article)) {
      throw new ForbiddenException();
    }
  }

  /** Authors see their own stories only; editors see every story. */
  public static void requireRead(SignedIn member, Article article) {
    if (!isEditor(member) && !(mayWrite(member) && ownsStory(member, article.story))) {
      throw new ForbiddenException();
    }
  }
}
