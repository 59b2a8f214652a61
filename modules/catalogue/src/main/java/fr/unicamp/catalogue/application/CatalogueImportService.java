package fr.unicamp.catalogue.application;

import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.catalogue.domain.microcertification.MicroCertificationRepository;
import fr.unicamp.common.application.CurrentActor;
import fr.unicamp.common.application.Universities;
import fr.unicamp.common.domain.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Bulk import of draft micro-certifications from a CSV file, all or nothing: every line is checked
 * first ({@link DraftImportParser}), and the drafts are then created and described through {@link
 * MicroCertificationService} in one transaction, so each is audited like a draft made by hand
 * ({@code micro-certification.draft}, then {@code micro-certification.describe} when the line gives
 * Annex I elements) and a failure on any of them creates none.
 */
@ApplicationScoped
public class CatalogueImportService {

  @Inject MicroCertificationService microCertifications;
  @Inject MicroCertificationRepository repository;
  @Inject Universities universities;
  @Inject CurrentActor currentActor;

  /**
   * Creates a draft per line of {@code data} (UTF-8 or Windows-1252), in file order; staff import
   * into their own university, consortium admins into any, finance and auditors not at all (403).
   */
  @Transactional
  public List<MicroCertification> importDrafts(byte[] data, Charset charset) {
    Actor actor = currentActor.get();
    actor.requireMayChange("error.import.role", "may not import micro-certifications");
    DraftImportParser.Scope scope =
        new DraftImportParser.Scope(
            actor.tenant().university(),
            u -> universities.find(u).isPresent(),
            (u, code) -> repository.findByCode(u, code).isPresent());
    List<MicroCertification> created = new ArrayList<>();
    for (DraftImportLine line : DraftImportParser.parse(data, charset, scope)) {
      MicroCertification draft = microCertifications.draft(line.draft());
      if (line.describesAnnex()) {
        draft = microCertifications.describe(draft.id(), line.annex());
      }
      created.add(draft);
    }
    return created;
  }
}
