/** Authors (bylines) and their reader pages. */
package io.gazette.author;
