/** The demo newsroom loaded into an empty database, so a first start looks like a real site. */
package io.gazette.demo;
