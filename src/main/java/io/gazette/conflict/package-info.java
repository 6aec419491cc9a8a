/**
 * Races between transactions: recognising a lost one in any exception, trying a create again in a
 * new transaction, and answering the rest as a conflict (409 or 412) on every surface, never 500.
 */
package io.gazette.conflict;
