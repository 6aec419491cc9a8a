/**
 * Reader comments: the model, the posting rules and spam defences, the thread readers see and the
 * app's comment API.
 */
package io.gazette.comment;
