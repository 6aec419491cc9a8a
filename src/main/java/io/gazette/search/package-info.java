/** Reader search: an embedded Lucene index per node, fed from the change feed, and its pages. */
package io.gazette.search;
