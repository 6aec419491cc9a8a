package io.gazette.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gazette.Fixtures;
import org.openqa.selenium.By;

/** Signing in to the newsroom in the browser, as the browser tests of every role do. */
public final class SignIn {

  private SignIn() {}

  /** Signs in with the fixtures' password from the sign-in form, which leads to the dashboard. */
  public static void as(Browser browser, String username) {
    browser.open("admin/login");
    browser.type(By.id("username"), username);
    browser.type(By.id("password"), Fixtures.PASSWORD);
    browser.clickToNextPage(By.cssSelector("form[action='/admin/login'] button[type=submit]"));
    assertEquals("/admin", browser.path(), "signed in");
    browser.find(By.cssSelector(".admin-who"));
  }
}
