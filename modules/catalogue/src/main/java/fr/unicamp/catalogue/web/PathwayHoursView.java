package fr.unicamp.catalogue.web;

import fr.unicamp.catalogue.domain.pathway.PathwayHours;

/**
 * A pathway's hours now against its kind's band: the required members' hours, all members' hours,
 * the band, and whether it holds (required hours within the maximum, all hours reaching the
 * minimum); shown for drafts too, whose band is checked only at activation.
 */
public record PathwayHoursView(
    int requiredHours, int totalHours, int minHours, int maxHours, boolean withinBand) {

  static PathwayHoursView of(PathwayHours hours) {
    return new PathwayHoursView(
        hours.requiredHours(),
        hours.allMembersHours(),
        hours.kind().minHours(),
        hours.kind().maxHours(),
        hours.fitsBand());
  }
}
