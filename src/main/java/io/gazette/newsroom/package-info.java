/** The newsroom's article screens (list, form, preview) and the admin article API. */
package io.gazette.newsroom;
