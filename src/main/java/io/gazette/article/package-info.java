/** The reader's article page (with its comment form's answers) and the public article API. */
package io.gazette.article;
