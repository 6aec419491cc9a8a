package io.gazette.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gazette.Fixtures;
import io.gazette.admin.Role;
import io.gazette.browser.Browser;
import io.gazette.browser.BrowserTest;
import io.gazette.browser.SignIn;
import io.gazette.media.TestImages;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The media library in a real browser: an editor drops a photo on the library, sees its progress
 * bar, writes its French and English alt texts, makes it the lead image of a story, and each
 * language's reader page shows the photo with its own alt text.
 */
@QuarkusTest
@BrowserTest
class MediaBrowserTest {

  /** Drops a JPEG (base64 in place of BYTES) on the form, as a file dragged from the desktop. */
  private static final String DROP =
      "const bytes = Uint8Array.from(atob('BYTES'), c => c.charCodeAt(0));"
          + "const file = new File([bytes], 'lagon.jpg', {type: 'image/jpeg'});"
          + "const data = new DataTransfer(); data.items.add(file);"
          + "arguments[0].dispatchEvent(new DragEvent('drop', {dataTransfer: data, bubbles: true}));"
          + "return true;";

  @Inject Fixtures fixtures;

  @Test
  void shouldDropAPhotoDescribeItInTwoLanguagesAndLeadAStoryWithIt(Browser browser) {
    String mark = Fixtures.mark();
    var story =
        fixtures.story(
            "Monde",
            List.of(),
            Fixtures.published("fr", "Le lagon " + mark),
            Fixtures.published("en", "The lagoon " + mark));
    browser.open("admin");
    SignIn.as(browser, fixtures.member(Role.EDITOR).username());
    browser.open("admin/media");

    String photo = Base64.getEncoder().encodeToString(TestImages.picture(1200, 800, "jpg"));
    browser.script(DROP.replace("BYTES", photo), By.cssSelector("form[data-media-upload]"));
    browser.waitFor(
        "a progress bar",
        d -> !d.findElements(By.cssSelector("[data-progress] li progress")).isEmpty());
    browser.waitFor(
        "the uploaded photo's link",
        d -> !d.findElements(By.cssSelector("[data-progress] li.done a")).isEmpty());
    browser.clickToNextPage(By.cssSelector("[data-progress] li.done a"));

    browser.type(By.id("alt-fr"), "Le lagon bleu " + mark);
    browser.type(By.id("alt-en"), "The blue lagoon " + mark);
    browser.clickToNextPage(By.cssSelector("form.media-texts-form button[type=submit]"));
    assertTrue(browser.find(By.cssSelector(".notice")).getText().contains("enregistrés"));

    long frenchId = story.in("fr").id;
    browser.open("admin/articles/" + frenchId);
    browser.clickToNextPage(By.cssSelector("a[href='/admin/media?pick=" + frenchId + "']"));
    browser.clickToNextPage(By.cssSelector(".media-card form button[type=submit]"));
    assertEquals("/admin/articles/" + frenchId, browser.path());

    browser.open(story.path("fr").substring(1));
    browser.find(By.cssSelector("img[alt='Le lagon bleu " + mark + "']"));
    browser.open(story.path("en").substring(1));
    browser.find(By.cssSelector("img[alt='The blue lagoon " + mark + "']"));
  }
}
