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
}
