package fr.unicamp.catalogue.domain.microcertification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;

/**
 * How a micro-certification stores its {@link Authorship}: columns of its own row, each list one
 * entry per line ({@link StoredLines}), as it is only ever read and written whole.
 */
@Embeddable
public class AuthorshipColumns {

  @Column(name = "co_producers", length = Authorship.MAX_CO_PRODUCERS_TEXT)
  private String coProducers;

  @Column(name = "designers", length = AnnexElements.MAX_TEXT)
  private String designers;

  @Column(name = "tutors", length = AnnexElements.MAX_TEXT)
  private String tutors;

  @Column(name = "brand", length = Authorship.MAX_BRAND)
  private String brand;

  protected AuthorshipColumns() {}

  static AuthorshipColumns of(Authorship authorship) {
    AuthorshipColumns c = new AuthorshipColumns();
    c.coProducers = lines(authorship.coProducers());
    c.designers = lines(authorship.designers());
    c.tutors = lines(authorship.tutors());
    c.brand = authorship.brand();
    return c;
  }

  /**
   * The stored authorship; none when {@code columns} is null (EclipseLink's all-null embeddable).
   */
  static Authorship read(AuthorshipColumns columns) {
    return columns == null
        ? Authorship.none()
        : new Authorship(
            StoredLines.split(columns.coProducers),
            StoredLines.split(columns.designers),
            StoredLines.split(columns.tutors),
            columns.brand);
  }

  private static String lines(List<String> entries) {
    return entries.isEmpty() ? null : StoredLines.join(entries);
  }
}
