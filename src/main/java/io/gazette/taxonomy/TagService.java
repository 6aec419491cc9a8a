package io.gazette.taxonomy;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/** Tags as editors manage them: a name and slug per language, at least one language. */
@ApplicationScoped
public class TagService extends LabelService<Tag> {

  TagService() {
    super(Taxonomy.TAG, Tag.class, Tag::new, Tag::findBySlug);
  }

  /** Tags whose name in some language contains {@code text} (any tag when blank), newest first. */
  @Transactional
  public LabelPage list(String text, int page, int size) {
    String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    var query =
        wanted.isEmpty()
            ? Tag.<Tag>findAll(Sort.descending("id"))
            : Tag.<Tag>find(
                "id in (select t.id from Tag t join t.labels l where lower(l.name) like ?1)"
                    + " order by id desc",
                "%" + wanted.replace("%", "").replace("_", "") + "%");
    long total = query.count();
    List<LabelView> items =
        query.page(Page.of(page - 1, size)).list().stream().map(this::view).toList();
    return new LabelPage(items, page, size, total);
  }
}
