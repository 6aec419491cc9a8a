/** A story's lead image: set from the library, the article form or the admin API. */
package io.gazette.lead;
