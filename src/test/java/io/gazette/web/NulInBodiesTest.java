package io.gazette.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.AdminSession;
import io.gazette.Fixtures;
import io.gazette.Html;
import io.gazette.admin.Role;
import io.gazette.api.ApiToken;
import io.gazette.api.CreatedStories;
import io.gazette.taxonomy.Section;
import io.gazette.taxonomy.Tag;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A NUL in a request body is read as U+FFFD, as in a path or a query: PostgreSQL refuses NUL in a
 * text parameter (H2 takes it), so on PostgreSQL these requests failed with a 500. (A comment with
 * one is refused as before: CommentDefencesTest, CommentApiTest.)
 */
@QuarkusTest
class NulInBodiesTest {

  @Inject Fixtures fixtures;
  @Inject CreatedStories stories;

  @AfterEach
  void deleteStories() {
    stories.deleteAll();
  }

  @Transactional
  long anySection() {
    return Section.<Section>findAll().firstResult().id;
  }

  @Transactional
  List<String> tagNames(String mark) {
    return Tag.getEntityManager()
        .createQuery(
            "select l.name from Tag t join t.labels l where l.name like :mark order by l.name",
            String.class)
        .setParameter("mark", "%" + mark)
        .getResultList();
  }

  @Test
  void shouldReadANulOfAnAdminJsonBodyAsTheReplacementCharacter() {
    String mark = Fixtures.mark();
    Map<String, Object> article =
        Map.of(
            "lang",
            "fr",
            "title",
            "Le\u0000port " + mark,
            "standfirst",
            "Un\u0000chapeau",
            "bodyHtml",
            "<p>Un\u0000texte</p>",
            "sectionId",
            anySection(),
            "tags",
            List.of("Quai\u0000" + mark));

    Response created =
        ApiToken.of(fixtures.member(Role.EDITOR))
            .request()
            .body(article)
            .post("/api/admin/v1/articles");

    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
    stories.track(created.jsonPath().getLong("storyId"));
    assertThat(created.jsonPath().getString("title")).isEqualTo("Le\uFFFDport " + mark);
    assertThat(created.jsonPath().getString("standfirst")).isEqualTo("Un\uFFFDchapeau");
    assertThat(created.jsonPath().getList("tags")).containsExactly("Quai\uFFFD" + mark);
  }

  @Test
  void shouldReadANulOfAnAdminFormAsTheReplacementCharacter() {
    String mark = Fixtures.mark();
    AdminSession editor =
        AdminSession.signIn(fixtures.member(Role.EDITOR).username(), Fixtures.PASSWORD);

    String location =
        editor
            .form()
            .formParam("lang", "fr", "en")
            .formParam("name", "Quai\u0000" + mark, "Quay\u0000" + mark)
            .formParam("slug", "", "")
            .post("/admin/tags")
            .then()
            .statusCode(303)
            .extract()
            .header("Location");

    assertThat(tagNames(mark)).containsExactly("Quai\uFFFD" + mark, "Quay\uFFFD" + mark);
    String notice =
        Html.parse(editor.request().get(location).then().statusCode(200).extract().response())
            .select("p.notice")
            .text();
    assertThat(notice).contains("Quai\uFFFD" + mark);
  }
}
