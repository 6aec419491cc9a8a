/** Content translation: names per language, translations of a story and the links between them. */
package io.gazette.translation;
