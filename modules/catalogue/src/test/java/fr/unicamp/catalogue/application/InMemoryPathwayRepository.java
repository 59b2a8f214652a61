package fr.unicamp.catalogue.application;

import fr.unicamp.catalogue.domain.pathway.PathwayEntry;
import fr.unicamp.catalogue.domain.pathway.PathwayKind;
import fr.unicamp.catalogue.domain.pathway.PathwayRepository;
import fr.unicamp.catalogue.domain.pathway.PathwayStatus;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Pathways in a list, for service tests without a database. Like the real repository it sees only
 * the tenant it is told ({@link #seenBy}); it numbers rows from 1 as they are added.
 */
class InMemoryPathwayRepository implements PathwayRepository {

  private final List<PathwayEntry> rows = new ArrayList<>();
  private long lastId;
  private Predicate<PathwayEntry> visible = p -> true;

  /** Only rows that pass {@code criteria} are found, like the tenant criteria do. */
  void seenBy(Predicate<PathwayEntry> criteria) {
    visible = criteria;
  }

  @Override
  public Optional<PathwayEntry> find(long id) {
    return rows.stream().filter(p -> p.id() == id).filter(visible).findFirst();
  }

  @Override
  public List<PathwayEntry> pageAfter(
      PathwayKind kind, PathwayStatus status, Long afterId, int rowCount) {
    return rows.stream()
        .filter(visible)
        .filter(p -> kind == null || p.kind() == kind)
        .filter(p -> status == null || p.status() == status)
        .filter(p -> afterId == null || p.id() > afterId)
        .sorted(Comparator.comparing(PathwayEntry::id))
        .limit(rowCount)
        .toList();
  }

  @Override
  public void add(PathwayEntry pathway) {
    assignId(pathway, ++lastId);
    rows.add(pathway);
  }

  @Override
  public void update(PathwayEntry pathway) {
    // rows are the objects themselves: nothing to write
  }

  @Override
  public void remove(PathwayEntry pathway) {
    rows.remove(pathway);
  }

  List<PathwayEntry> all() {
    return List.copyOf(rows);
  }

  // only the database (here, this fake) assigns the generated id
  private static void assignId(PathwayEntry pathway, long id) {
    try {
      Field field = PathwayEntry.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(pathway, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot number " + pathway, e);
    }
  }
}
