package io.gazette.editorial;

import java.util.List;

/**
 * What an editor typed into the article form.
 *
 * @param title the headline
 * @param slug the wanted slug; generated from the title when blank
 * @param standfirst the standfirst, may be blank
 * @param bodyHtml the body as the editor produced it; sanitized before it is stored
 * @param sectionId the story's section
 * @param tags tag names in the article's language; unknown ones are created
 * @param mustRead whether the story is a must-read
 * @param commentsOpen whether readers may comment
 */
public record ArticleDraft(
    String title,
    String slug,
    String standfirst,
    String bodyHtml,
    Long sectionId,
    List<String> tags,
    boolean mustRead,
    boolean commentsOpen) {}
