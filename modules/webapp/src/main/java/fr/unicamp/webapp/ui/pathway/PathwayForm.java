package fr.unicamp.webapp.ui.pathway;

import fr.unicamp.catalogue.domain.pathway.PathwayDesign;
import fr.unicamp.catalogue.domain.pathway.PathwayEntry;
import fr.unicamp.catalogue.domain.pathway.PathwayKind;
import fr.unicamp.catalogue.domain.pathway.RncpBlockCode;
import fr.unicamp.common.domain.university.UniversityCode;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the edit page holds until it is saved: the awarding university (chosen at creation only),
 * kind, titles, RNCP block code and members. Nothing is checked here: the service checks it all on
 * saving and reports every broken rule; only the hours are worked out as the members change.
 */
public class PathwayForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String university;
  private PathwayKind kind = PathwayKind.BLOC;
  private String titleFr;
  private String titleEn;
  private String rncpBlockCode;
  private final List<MemberLine> members = new ArrayList<>();

  /** The stored pathway, its members marked with whether they are still published. */
  static PathwayForm of(PathwayEntry p, Set<Long> stillPublished) {
    PathwayForm form = new PathwayForm();
    form.university = p.university().value();
    form.kind = p.kind();
    form.titleFr = p.titleFr();
    form.titleEn = p.titleEn();
    form.rncpBlockCode = p.rncpBlockCode().map(RncpBlockCode::value).orElse(null);
    p.members()
        .forEach(
            m ->
                form.members.add(
                    MemberLine.of(m, stillPublished.contains(m.microCertificationId()))));
    return form;
  }

  PathwayDesign toDesign() {
    return new PathwayDesign(
        university == null || university.isBlank() ? null : UniversityCode.of(university),
        kind == null ? null : kind.name(),
        blankToNull(titleFr),
        blankToNull(titleEn),
        blankToNull(rncpBlockCode),
        members.stream().map(MemberLine::toChoice).toList());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  /** Adds a member unless it is there already; says whether it was added. */
  boolean add(MemberLine line) {
    if (contains(line.getMicroCertificationId())) {
      return false;
    }
    return members.add(line);
  }

  void remove(MemberLine line) {
    members.remove(line);
  }

  boolean contains(long microCertificationId) {
    return members.stream().anyMatch(m -> m.getMicroCertificationId() == microCertificationId);
  }

  /** The hours of the members as they stand on the page, against the chosen kind's band. */
  public HoursBar getHours() {
    int required =
        members.stream().filter(MemberLine::isRequired).mapToInt(m -> m.getHours()).sum();
    int total = members.stream().mapToInt(MemberLine::getHours).sum();
    return new HoursBar(required, total, kind == null ? PathwayKind.BLOC : kind);
  }

  public List<MemberLine> getMembers() {
    return members;
  }

  public String getUniversity() {
    return university;
  }

  public void setUniversity(String university) {
    this.university = university;
  }

  public PathwayKind getKind() {
    return kind;
  }

  public void setKind(PathwayKind kind) {
    this.kind = kind;
  }

  public String getTitleFr() {
    return titleFr;
  }

  public void setTitleFr(String titleFr) {
    this.titleFr = titleFr;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public String getRncpBlockCode() {
    return rncpBlockCode;
  }

  public void setRncpBlockCode(String rncpBlockCode) {
    this.rncpBlockCode = rncpBlockCode;
  }
}
