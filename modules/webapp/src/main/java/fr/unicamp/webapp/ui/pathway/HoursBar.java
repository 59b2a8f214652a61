package fr.unicamp.webapp.ui.pathway;

import fr.unicamp.catalogue.domain.pathway.PathwayHours;
import fr.unicamp.catalogue.domain.pathway.PathwayKind;
import java.io.Serializable;

/**
 * A pathway's hours drawn against its kind's band: the required and the total hours as two bars on
 * a scale a fifth wider than the band's maximum, the band as a shaded zone. Whether the hours fit
 * is the domain's {@link PathwayHours} rule, so the bar agrees with what activation checks.
 */
public record HoursBar(int requiredHours, int totalHours, PathwayKind kind)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where the hours stand against the band; {@code ABOVE} when the required hours exceed it. */
  public enum Position {
    BELOW,
    WITHIN,
    ABOVE
  }

  public Position position() {
    PathwayHours hours = new PathwayHours(requiredHours, totalHours, kind);
    if (!hours.requiredWithinMax()) {
      return Position.ABOVE;
    }
    return hours.allMembersReachMin() ? Position.WITHIN : Position.BELOW;
  }

  public boolean withinBand() {
    return position() == Position.WITHIN;
  }

  public int minHours() {
    return kind.minHours();
  }

  public int maxHours() {
    return kind.maxHours();
  }

  /** The hours the whole bar stands for. */
  int scale() {
    return Math.max(kind.maxHours() * 6 / 5, totalHours);
  }

  /** The widths and offsets below, as CSS percentages of the bar, one decimal. */
  public String requiredWidth() {
    return percent(requiredHours);
  }

  public String totalWidth() {
    return percent(totalHours);
  }

  public String bandStart() {
    return percent(kind.minHours());
  }

  public String bandWidth() {
    return percent(kind.maxHours() - kind.minHours());
  }

  private String percent(int hours) {
    long tenths = Math.round(hours * 1000.0 / scale());
    return tenths / 10 + "." + tenths % 10 + "%";
  }
}
