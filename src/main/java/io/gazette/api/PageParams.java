package io.gazette.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code page} and {@code size} query parameters of a list, as a {@code @BeanParam}. */
public class PageParams {

  @QueryParam("page")
  @Parameter(
      description = "The page, from 1.",
      schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
  public String page;

  @QueryParam("size")
  @Parameter(
      description = "Items per page.",
      schema =
          @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
  public String size;

  /** The checked values; a 400 naming the parameter when one is not acceptable. */
  public Paging paging() {
    return Paging.of(page, size);
  }
}
