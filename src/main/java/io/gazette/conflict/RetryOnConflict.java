package io.gazette.conflict;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a {@code @Transactional} method again, in a new transaction, when its transaction lost a
 * race ({@link DatabaseConflict}); for writes that simply pick again when tried again, such as a
 * new article taking the next free slug. Only a call that began outside any transaction is tried
 * again: inside one, the caller's transaction is lost anyway.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RetryOnConflict {}
