/**
 * The newsroom's shell: layout, the signed-in member and role, interface language and the guards of
 * its forms.
 */
package io.gazette.admin;
