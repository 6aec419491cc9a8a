/** The newsroom's dashboard: what waits for the signed-in member. */
package io.gazette.dashboard;
