package io.gazette.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code page} and {@code size} query parameters of a list, as a {@code @BeanParam}; {@link
 * ApiParamConverters} checks them against the bounds documented here.
 */
public class PageParams {

  @QueryParam("page")
  @Parameter(
      description = "The page, from 1.",
      schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
  public Integer page;

  @QueryParam("size")
  @Parameter(
      description = "Items per page.",
      schema =
          @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
  public Integer size;

  /** The values asked for; page 1 and the default size when absent. */
  public Paging paging() {
    return new Paging(page == null ? 1 : page, size == null ? Paging.DEFAULT_SIZE : size);
  }
}
