package fr.unicamp.common.domain.audit;

import java.util.Objects;

/**
 * What an audited action did to one object: the action verb ({@code micro-certification.publish}),
 * the object's type and id, and short before/after summaries (null where there was none).
 */
public record AuditChange(
    String action, String objectType, String objectId, String before, String after) {

  static final int SUMMARY_LIMIT = 4000;

  public AuditChange {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(objectType, "objectType");
    Objects.requireNonNull(objectId, "objectId");
    before = clip(before);
    after = clip(after);
  }

  private static String clip(String summary) {
    if (summary == null || summary.length() <= SUMMARY_LIMIT) {
      return summary;
    }
    return summary.substring(0, SUMMARY_LIMIT - 1) + "…";
  }
}
