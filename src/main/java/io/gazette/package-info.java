/** Gazette, a multilingual news publishing server. */
package io.gazette;
