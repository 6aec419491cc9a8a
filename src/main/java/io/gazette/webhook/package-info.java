/** Webhooks: signed JSON posts to registered URLs on news, sent after commit and retried. */
package io.gazette.webhook;
