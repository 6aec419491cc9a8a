/** Reader comments on articles and what readers see of them. */
package io.gazette.comment;
