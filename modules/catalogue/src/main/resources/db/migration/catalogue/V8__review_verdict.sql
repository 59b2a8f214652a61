-- Catalogue: the verdict of the academic review ("sens de l'avis"), next to its opinion text.
-- Only FAVOURABLE or FAVOURABLE_WITH_RESERVATIONS approve; an UNFAVOURABLE review sends the draft
-- back instead, so no approved row carries it, but the column accepts the three verdicts.
-- Rows approved before the verdict existed were approved on a favourable opinion: FAVOURABLE.
ALTER TABLE micro_certification ADD COLUMN review_verdict VARCHAR(40);
ALTER TABLE micro_certification ADD CONSTRAINT micro_certification_review_verdict_ck
    CHECK (review_verdict IN ('FAVOURABLE', 'FAVOURABLE_WITH_RESERVATIONS', 'UNFAVOURABLE'));
UPDATE micro_certification SET review_verdict = 'FAVOURABLE'
    WHERE review_verdict IS NULL AND (review_reviewer IS NOT NULL OR review_date IS NOT NULL
        OR review_opinion IS NOT NULL);
