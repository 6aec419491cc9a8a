package io.gazette.comment;

import static io.restassured.RestAssured.given;

import io.gazette.story.Article;
import io.gazette.web.PageCache;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;

/** Comments for API tests: sent as distinct readers, counted straight from the database. */
@ApplicationScoped
public class CommentFixtures {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final PageCache pages;

  CommentFixtures(PageCache pages) {
    this.pages = pages;
  }

  /** A client address no other test uses, so that no test meets another's rate limit. */
  public static String address() {
    return String.format(
        "2001:db8::%x:%x:%x",
        RANDOM.nextInt(0x10000), RANDOM.nextInt(0x10000), RANDOM.nextInt(0x10000));
  }

  /** A comment's JSON with a unique email; {@code body} as given. */
  public static Map<String, Object> comment(String name, String body) {
    Map<String, Object> json = new HashMap<>();
    json.put("name", name);
    json.put("email", "reader-" + io.gazette.Fixtures.mark() + "@example.mu");
    json.put("body", body);
    return json;
  }

  /** A JSON request from the reader at {@code address}. */
  public static RequestSpecification reader(String address) {
    return given()
        .redirects()
        .follow(false)
        .header("X-Forwarded-For", address)
        .contentType(ContentType.JSON)
        .accept(ContentType.JSON);
  }

  /** Posts a comment to an article as the reader at {@code address}. */
  public static Response post(long articleId, String address, Object body) {
    return reader(address).body(body).when().post(path(articleId));
  }

  public static String path(long articleId) {
    return "/api/v1/articles/" + articleId + "/comments";
  }

  /** How many comments the article has, whatever their status. */
  @Transactional
  public long count(long articleId) {
    return Comment.count("article.id", articleId);
  }

  /** The stored comment, as staff would see it. */
  @Transactional
  public Comment stored(long id) {
    Comment comment = Comment.findById(id);
    return comment;
  }

  /** Approves a comment directly, as a moderator would. */
  @Transactional
  public void approve(long id) {
    Comment comment = Comment.findById(id);
    comment.status = CommentStatus.APPROVED;
    pages.invalidateAll();
  }

  /** Closes the comments of the article's story. */
  @Transactional
  public void close(long articleId) {
    Article article = Article.findById(articleId);
    article.story.commentsOpen = false;
    pages.invalidateAll();
  }

  /** A mutable copy of a comment's JSON with one field changed. */
  public static Map<String, Object> with(Map<String, Object> json, String field, Object value) {
    Map<String, Object> copy = new HashMap<>(json);
    copy.put(field, value);
    return copy;
  }
}
