package fr.unicamp.webapp.ui.pathway;

import fr.unicamp.catalogue.domain.pathway.PathwayEntry;
import fr.unicamp.catalogue.domain.pathway.PathwayHours;
import java.io.Serializable;

/** One line of the pathway list. */
public record PathwayRow(
    long id, String kind, String title, String university, String status, HoursBar hours)
    implements Serializable {

  static PathwayRow of(PathwayEntry p, boolean english) {
    String title = english && p.titleEn() != null ? p.titleEn() : p.titleFr();
    PathwayHours hours = p.hours();
    return new PathwayRow(
        p.id(),
        p.kind().name(),
        title,
        p.university().value(),
        p.status().name(),
        new HoursBar(hours.requiredHours(), hours.allMembersHours(), p.kind()));
  }
}
