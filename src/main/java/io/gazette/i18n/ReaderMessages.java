package io.gazette.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every interface string of the reader site; texts live in {@code
 * messages/reader_<lang>.properties}.
 */
@MessageBundle(value = "reader", locale = "en")
public interface ReaderMessages {

  @Message
  String skipToContent();

  @Message
  String homeTitle(String site);

  @Message
  String homeDescription(String site);

  @Message
  String homeLink();

  @Message
  String mainNavigation();

  @Message
  String languageSwitch();

  /** The toggle's label, written in the language it leads to: "Read in English". */
  @Message
  String readInThisLanguage();

  @Message
  String downloadApp();

  @Message
  String todayIs(String date);

  @Message
  String topStory();

  @Message
  String latestNews();

  @Message
  String mustRead();

  @Message
  String sections();

  @Message
  String moreInSection(String section);

  @Message
  String relatedArticles();

  @Message
  String byAuthor(String name);

  @Message
  String publishedOn(String date);

  @Message
  String updatedOn(String date);

  @Message
  String readingTime(int minutes);

  @Message
  String tags();

  @Message
  String comments();

  @Message
  String noComments();

  @Message
  String commentsClosed();

  @Message
  String commentBy(String name, String date);

  // The comment form (SPEC §3): labels, hints, notices and every refusal, in whole sentences.

  @Message
  String commentFormHeading();

  @Message
  String commentModerated();

  @Message
  String commentNameLabel();

  @Message
  String commentNameHint(int max);

  @Message
  String commentNamePlaceholder();

  @Message
  String commentEmailLabel();

  @Message
  String commentEmailHint();

  @Message
  String commentEmailPlaceholder();

  @Message
  String commentBodyLabel();

  @Message
  String commentBodyHint(int max);

  @Message
  String commentBodyPlaceholder();

  /** The honeypot's label: people are asked to leave it empty, robots fill it in. */
  @Message
  String commentTrapLabel();

  @Message
  String commentSubmit();

  @Message
  String replySubmit();

  @Message
  String replyLink();

  @Message
  String replyHeading(String name);

  @Message
  String replyPageTitle(String name, String title);

  @Message
  String cancelReply();

  @Message
  String backToArticle();

  @Message
  String commentStaffBadge();

  @Message
  String commentNoticePending();

  @Message
  String commentNoticePublished();

  @Message
  String commentProblemFields();

  @Message
  String commentProblemTrap();

  @Message
  String commentProblemTooFast();

  @Message
  String commentProblemStamp();

  @Message
  String commentProblemDuplicate();

  @Message
  String commentProblemThrottled(long minutes);

  @Message
  String commentProblemUnreadable();

  @Message
  String sectionTitle(String name);

  @Message
  String tagTitle(String name);

  @Message
  String authorTitle(String name);

  /** A section listing's meta description. */
  @Message
  String sectionDescription(String section, String site);

  /** A tag listing's meta description. */
  @Message
  String tagDescription(String tag, String site);

  /** An author listing's meta description. */
  @Message
  String authorDescription(String author, String site);

  @Message
  String pageTitle(String title, int page);

  @Message
  String emptyListing();

  @Message
  String pagination();

  @Message
  String previousPage();

  @Message
  String nextPage();

  @Message
  String pageOf(int page, int pages);

  @Message
  String notFoundTitle();

  @Message
  String notFoundText();

  @Message
  String badRequestTitle();

  @Message
  String badRequestText();

  @Message
  String serverErrorTitle();

  @Message
  String serverErrorText();

  @Message
  String concurrentChangeTitle();

  @Message
  String concurrentChangeText();

  @Message
  String backHome();

  @Message
  String footerAbout();

  @Message
  String footerRights(int year, String site);

  @Message
  String searchSite();

  @Message
  String searchPlaceholder();

  @Message
  String searchButton();

  /** The title of a language's feed of newest articles. */
  @Message
  String siteFeedTitle(String site);

  /** The title of a section's feed. */
  @Message
  String sectionFeedTitle(String site, String section);

  /** The title of a tag's feed. */
  @Message
  String tagFeedTitle(String site, String tag);

  /** A feed's RSS version, as a page's head names it for feed readers. */
  @Message
  String rssFeed(String title);

  /** A feed's Atom version, as a page's head names it for feed readers. */
  @Message
  String atomFeed(String title);
}
