/** Pictures: assets with their texts per language, their renditions, and serving them. */
package io.gazette.media;
