package fr.unicamp.catalogue.domain.microcertification;

import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.common.domain.error.ConflictException;
import java.util.Comparator;
import java.util.List;

/**
 * The versions of one code of one university, oldest first, and the rules between them.
 *
 * <p>A version is frozen from approval on; a change is drafted as the next version, numbered after
 * the highest one. Only one newer version may be on its way (DRAFT, IN_REVIEW or APPROVED) at a
 * time. Publishing a version retires the older published one ("superseded by version n"), and an
 * older version is never published over a newer published one, so the marketplace sells at most one
 * version of a code.
 */
public final class Versions {

  private final List<MicroCertification> all;

  private Versions(List<MicroCertification> all) {
    this.all = all;
  }

  /** The versions among {@code rows}, sorted by number; rows of one code of one university. */
  public static Versions of(List<MicroCertification> rows) {
    return new Versions(
        rows.stream().sorted(Comparator.comparingInt(MicroCertification::version)).toList());
  }

  public List<MicroCertification> all() {
    return all;
  }

  /** The highest version number; 0 when there is none. */
  public int latestNumber() {
    return all.stream().mapToInt(MicroCertification::version).max().orElse(0);
  }

  /**
   * Drafts the next version from {@code source}: refused (422) unless it is frozen, and (409) while
   * a newer version of the code is still open. The caller keeps the new row.
   */
  public MicroCertification draftNextFrom(MicroCertification source) {
    source.requireFrozen();
    all.stream()
        .filter(v -> v.version() > source.version() && v.status().isOpen())
        .findFirst()
        .ifPresent(
            open -> {
              throw new ConflictException(
                  "error.version.open",
                  "version " + open.version() + " of " + open.code() + " is still open",
                  open.code(),
                  open.version(),
                  open.status().name());
            });
    return source.draftNextVersion(latestNumber() + 1);
  }

  /** Refused (409) when a version newer than {@code m} is published: it would come back over it. */
  public void requireNoNewerPublished(MicroCertification m) {
    all.stream()
        .filter(v -> v.version() > m.version() && v.status() == MicroCertificationStatus.PUBLISHED)
        .findFirst()
        .ifPresent(
            newer -> {
              throw new ConflictException(
                  "error.version.newer-published",
                  "version " + newer.version() + " of " + newer.code() + " is published",
                  newer.code(),
                  newer.version());
            });
  }

  /** The published versions older than {@code published}: what its publication retires. */
  public List<MicroCertification> supersededBy(MicroCertification published) {
    return all.stream()
        .filter(v -> v.version() < published.version())
        .filter(v -> v.status() == MicroCertificationStatus.PUBLISHED)
        .toList();
  }

  /** The retirement reason of a version that {@code version} supersedes. */
  public static String supersededReason(int version) {
    return "superseded by version " + version;
  }
}
