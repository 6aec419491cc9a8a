/** Stories, their language versions (articles), slugs, and the reader's article page. */
package io.gazette.article;
