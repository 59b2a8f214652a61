-- Catalogue: versions, and the elements of the issue not stored yet.
--
-- A published micro-certification is frozen: enrolments and certificates reference its row. Editing
-- it creates a new DRAFT row with the same university and code, the next version number and a link
-- to the row it was copied from; so the unique key becomes (university, code, version). Existing
-- rows are version 1.
-- The two remaining optional Annex I elements (grade scheme, integration/stackability), the
-- co-producing universities (codes, one per line), the team (designers and tutors, one name per
-- line) and the brand.
-- One ALTER TABLE per column: H2 does not accept several ADD clauses in one statement.
ALTER TABLE micro_certification ADD COLUMN version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE micro_certification ADD COLUMN previous_version_id BIGINT;
ALTER TABLE micro_certification ADD CONSTRAINT micro_certification_previous_version_fk
    FOREIGN KEY (previous_version_id) REFERENCES micro_certification (id);
ALTER TABLE micro_certification ADD CONSTRAINT micro_certification_version_ck
    CHECK (version >= 1);
ALTER TABLE micro_certification DROP CONSTRAINT micro_certification_code_uk;
ALTER TABLE micro_certification ADD CONSTRAINT micro_certification_version_uk
    UNIQUE (university_id, code, version);

ALTER TABLE micro_certification ADD COLUMN grade_scheme VARCHAR(4000);
ALTER TABLE micro_certification ADD COLUMN integration_stackability VARCHAR(4000);
ALTER TABLE micro_certification ADD COLUMN co_producers VARCHAR(400);
ALTER TABLE micro_certification ADD COLUMN designers VARCHAR(4000);
ALTER TABLE micro_certification ADD COLUMN tutors VARCHAR(4000);
ALTER TABLE micro_certification ADD COLUMN brand VARCHAR(200);
