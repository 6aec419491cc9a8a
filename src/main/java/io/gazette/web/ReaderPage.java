package io.gazette.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks reader HTML endpoints: public, kept rendered in the {@link PageCache}, answered with an
 * ETag and cacheable by shared caches (see {@link ReaderCacheFilter}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ReaderPage {

  /** Whether the {@code page} query parameter selects what is shown (listings). */
  boolean paged() default false;

  /**
   * Query parameters that select what is shown besides {@code page} (a search's text and filters):
   * each combination is a page of its own in the cache.
   */
  String[] query() default {};

  /**
   * Values of the {@code comment} query parameter that show a notice on the page (after a comment
   * was sent); each is a page of its own in the cache, any other value is ignored.
   */
  String[] notices() default {};

  /**
   * Whether the page holds a form stamp: each copy served, fresh or cached, gets a new one in place
   * of {@link io.gazette.web.FormStamps#PLACEHOLDER}.
   */
  boolean stamped() default false;
}
