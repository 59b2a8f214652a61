-- Catalogue: the EU Annex I elements of a micro-certification that are known before any learner
-- (Council Recommendation 2022/C 243/02). A draft may leave them empty: the publish gate, not the
-- schema, says which are needed to leave the draft. Enumerations are stored by name and checked.
-- Learning outcomes are one outcome per line (LF-separated) in VARCHAR(4000): portable to H2 and
-- PostgreSQL, and read and written only as a whole list.
-- One ALTER TABLE per column: H2 does not accept several ADD clauses in one statement.

ALTER TABLE micro_certification ADD COLUMN issuer_country VARCHAR(2) DEFAULT 'FR' NOT NULL;
ALTER TABLE micro_certification ADD COLUMN issuer_region VARCHAR(100);
ALTER TABLE micro_certification ADD COLUMN learning_outcomes_fr VARCHAR(4000);
ALTER TABLE micro_certification ADD COLUMN learning_outcomes_en VARCHAR(4000);
ALTER TABLE micro_certification ADD COLUMN ects NUMERIC(4, 2);
ALTER TABLE micro_certification ADD COLUMN eqf_level SMALLINT;
ALTER TABLE micro_certification ADD COLUMN assessment_type VARCHAR(32);
ALTER TABLE micro_certification ADD COLUMN participation_form VARCHAR(16);
ALTER TABLE micro_certification ADD COLUMN quality_assurance VARCHAR(32);
ALTER TABLE micro_certification ADD COLUMN identity_verification VARCHAR(32);
ALTER TABLE micro_certification ADD COLUMN attendance_threshold_percent SMALLINT;
-- null: the certificate never expires (UniCamp's default)
ALTER TABLE micro_certification ADD COLUMN validity_months SMALLINT;
-- euros, VAT excluded
ALTER TABLE micro_certification ADD COLUMN price NUMERIC(10, 2);
-- French "nomenclature des spécialités de formation": three digits and an optional letter
ALTER TABLE micro_certification ADD COLUMN nsf_code VARCHAR(4);
ALTER TABLE micro_certification ADD COLUMN prerequisites VARCHAR(4000);
ALTER TABLE micro_certification ADD COLUMN further_information VARCHAR(4000);

ALTER TABLE micro_certification ADD CONSTRAINT micro_certification_ects_ck
    CHECK (ects > 0);
ALTER TABLE micro_certification ADD CONSTRAINT micro_certification_eqf_level_ck
    CHECK (eqf_level BETWEEN 1 AND 8);
ALTER TABLE micro_certification ADD CONSTRAINT micro_certification_assessment_type_ck
    CHECK (assessment_type IN
        ('AUTHENTIC_TASK', 'PROJECT', 'PORTFOLIO', 'QUIZ', 'WRITTEN_EXAM', 'ORAL_EXAM'));
ALTER TABLE micro_certification ADD CONSTRAINT micro_certification_participation_form_ck
    CHECK (participation_form IN ('ONLINE', 'BLENDED', 'ONSITE'));
ALTER TABLE micro_certification ADD CONSTRAINT micro_certification_quality_assurance_ck
    CHECK (quality_assurance IN ('QUALIOPI', 'HCERES', 'CONSORTIUM_FRAMEWORK'));
ALTER TABLE micro_certification ADD CONSTRAINT micro_certification_identity_verification_ck
    CHECK (identity_verification IN
        ('UNSUPERVISED_NO_ID_CHECK', 'SUPERVISED_NO_ID_CHECK', 'SUPERVISED_WITH_ID_CHECK'));
ALTER TABLE micro_certification ADD CONSTRAINT micro_certification_attendance_ck
    CHECK (attendance_threshold_percent BETWEEN 0 AND 100);
ALTER TABLE micro_certification ADD CONSTRAINT micro_certification_validity_ck
    CHECK (validity_months > 0);
ALTER TABLE micro_certification ADD CONSTRAINT micro_certification_price_ck
    CHECK (price >= 0);
