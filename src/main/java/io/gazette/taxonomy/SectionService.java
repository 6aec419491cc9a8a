package io.gazette.taxonomy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Sections as editors manage them: a name and slug in every site language, and a position. */
@ApplicationScoped
public class SectionService extends LabelService<Section> {

  private static final int POSITION_LIMIT = 1_000_000;

  SectionService() {
    super(Taxonomy.SECTION, Section.class, Section::new, Section::findBySlug);
  }

  /** Every section, in navigation order. */
  @Transactional
  public List<LabelView> list() {
    return Section.listInOrder().stream().map(this::view).toList();
  }

  /** The position after the last section, to suggest for a new one. */
  @Transactional
  public int nextPosition() {
    return Section.listInOrder().stream().mapToInt(s -> s.position + 1).max().orElse(1);
  }

  @Override
  Integer position(Section section) {
    return section.position;
  }

  @Override
  String positionError(String position) {
    return parsePosition(position) == null ? "errorPosition" : null;
  }

  @Override
  void place(Section section, String position) {
    section.position = parsePosition(position);
  }

  private static Integer parsePosition(String text) {
    try {
      int position = Integer.parseInt(text == null ? "" : text.strip());
      return Math.abs(position) < POSITION_LIMIT ? position : null;
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }
}
