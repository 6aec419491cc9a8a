package io.gazette.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.AdminSession;
import io.gazette.Fixtures;
import io.gazette.Race;
import io.gazette.account.SessionAuthenticationMechanism;
import io.gazette.admin.Role;
import io.gazette.admin.SignedIn;
import io.gazette.api.ApiToken;
import io.gazette.comment.CommentStatus;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two moderators acting on the same comments at the same moment: never a 500. */
@QuarkusTest
class ModerationRaceTest {

  private static final int COMMENTS = 10;
  private static final String API = "/api/admin/v1/comments/";

  @Inject Fixtures fixtures;
  @Inject CommentRows rows;

  private long article;
  private SignedIn moderator;

  @BeforeEach
  void setUp() {
    article = fixtures.story("World", List.of(), Fixtures.published("fr", "Querelle")).in("fr").id;
    moderator = fixtures.member(Role.MODERATOR);
  }

  private List<Long> pending() {
    return rows.add(article, COMMENTS, "Disputé " + Fixtures.mark(), CommentStatus.PENDING);
  }

  @Test
  void shouldAnswerApproveAndDeleteOfOneCommentAtOnceWithoutAServerError() throws Exception {
    ApiToken token = ApiToken.of(moderator);
    List<Long> ids = pending();

    var answers =
        Race.run(
            2 * COMMENTS,
            i -> {
              var request = Race.to(API + ids.get(i / 2) + (i % 2 == 0 ? "/approve" : ""));
              request.header("Authorization", "Bearer " + token.token());
              var none = HttpRequest.BodyPublishers.noBody();
              return (i % 2 == 0 ? request.POST(none) : request.method("DELETE", none)).build();
            });

    assertOutcomes(answers, Set.of(200, 404), 204, ids);
  }

  @Test
  void shouldAnswerApproveAndTrashOfOneCommentAtOnceWithoutAServerError() throws Exception {
    ApiToken token = ApiToken.of(moderator);
    List<Long> ids = pending();

    var answers =
        Race.run(
            2 * COMMENTS,
            i ->
                Race.to(API + ids.get(i / 2) + (i % 2 == 0 ? "/approve" : "/trash"))
                    .header("Authorization", "Bearer " + token.token())
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build());

    assertThat(Race.statuses(answers)).as(Race.describe(answers)).containsOnlyKeys(200);
    for (long id : ids) {
      assertThat(rows.status(id)).get().isIn(CommentStatus.APPROVED, CommentStatus.TRASH);
    }
  }

  @Test
  void shouldAnswerApproveAndDeleteFromTheQueueAtOnceWithoutAServerError() throws Exception {
    AdminSession session = AdminSession.signIn(moderator.username(), Fixtures.PASSWORD);
    List<Long> ids = pending();

    var answers =
        Race.run(
            2 * COMMENTS,
            i ->
                Race.to("/admin/comments/" + ids.get(i / 2) + (i % 2 == 0 ? "/approve" : "/delete"))
                    .header(
                        "Cookie", SessionAuthenticationMechanism.COOKIE + "=" + session.cookie())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("csrf=" + session.csrf()))
                    .build());

    assertOutcomes(answers, Set.of(303, 404), 303, ids);
  }

  /**
   * No 5xx; the rows are locked, so each delete (odd) goes through, before or after its approve
   * (even), which then finds the comment gone (404); every comment is gone in the end.
   */
  private void assertOutcomes(
      List<HttpResponse<String>> answers, Set<Integer> approve, int deleted, List<Long> ids) {
    String all = Race.describe(answers);
    for (int i = 0; i < answers.size(); i++) {
      int status = answers.get(i).statusCode();
      assertThat(status).as(all).isIn(i % 2 == 0 ? approve : Set.of(deleted));
    }
    for (long id : ids) {
      assertThat(rows.status(id)).as("comment %d", id).isEmpty();
    }
  }
}
