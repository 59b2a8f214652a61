package fr.unicamp.catalogue.domain.session;

import fr.unicamp.catalogue.domain.microcertification.ParticipationForm;
import java.util.Arrays;
import java.util.List;

/**
 * How one session is run. It details the micro-certification's form of participation (Annex I): an
 * ONLINE one runs synchronously (live classes) or asynchronously (self-paced with tutoring). Stored
 * by name: never rename a constant.
 */
public enum SessionModality {
  ONLINE_SYNCHRONOUS(ParticipationForm.ONLINE),
  ONLINE_ASYNCHRONOUS(ParticipationForm.ONLINE),
  BLENDED(ParticipationForm.BLENDED),
  ONSITE(ParticipationForm.ONSITE);

  private final ParticipationForm form;

  SessionModality(ParticipationForm form) {
    this.form = form;
  }

  /** The form of participation this modality is a way of running. */
  public ParticipationForm form() {
    return form;
  }

  /** The modalities that run a micro-certification of {@code form}. */
  public static List<SessionModality> of(ParticipationForm form) {
    return Arrays.stream(values()).filter(m -> m.form == form).toList();
  }
}
