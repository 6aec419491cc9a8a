package io.gazette.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list, the envelope every JSON API list comes in (SPEC §5).
 *
 * @param items the page's items
 * @param meta where the page stands in the whole list
 */
public record ListEnvelope<T>(
    @Schema(required = true) List<T> items, @Schema(required = true) Meta meta) {

  /**
   * Where a page stands.
   *
   * @param page the page number, from 1
   * @param size the most items a page holds, at most 100
   * @param total how many items the whole list has
   * @param pages how many pages the whole list has, at least 1
   */
  @Schema(name = "ListMeta")
  public record Meta(
      @Schema(required = true, example = "1") int page,
      @Schema(required = true, example = "20") int size,
      @Schema(required = true, example = "57") long total,
      @Schema(required = true, example = "3") int pages) {}

  /** Page {@code page} of a list of {@code total} items, {@code size} per page. */
  public static <T> ListEnvelope<T> of(List<T> items, int page, int size, long total) {
    int pages = (int) Math.max(1, (total + size - 1) / size);
    return new ListEnvelope<>(items, new Meta(page, size, total, pages));
  }
}
