package io.gazette.library;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The multipart body of an upload, as the OpenAPI document describes it. */
@Schema(name = "MediaUpload")
public class MediaUploadForm {

  /** The picture's bytes: JPEG, PNG, WebP or GIF; its type is read from them. */
  @Schema(type = SchemaType.STRING, format = "binary", required = true)
  public String file;
}
