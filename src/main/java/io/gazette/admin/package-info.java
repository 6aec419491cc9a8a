/** The newsroom's shell: layout, interface language, dashboard and the guards of its forms. */
package io.gazette.admin;
