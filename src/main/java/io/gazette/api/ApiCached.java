package io.gazette.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks public JSON API reads: answered with a strong ETag, 304 on a matching If-None-Match,
 * cacheable by shared caches for a minute, and kept serialized in the {@link ApiCache} (see {@link
 * ApiCacheFilter}). Query parameters the endpoint does not declare are refused with a 400.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ApiCached {

  /**
   * The OpenAPI extension that marks a cached operation: {@code @Extension(name = OPENAPI_MARK,
   * value = "true")} on the method makes {@link CachingDocumentation} describe its validators, its
   * cache headers and the 304.
   */
  String OPENAPI_MARK = "x-gazette-cached";
}
