/** Newsroom accounts, their roles, and the first administrator. */
package io.gazette.account;
