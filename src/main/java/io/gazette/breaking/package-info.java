/** Breaking news: the story flag, its newsroom controls, and the stream to apps and webhooks. */
package io.gazette.breaking;
