-- Catalogue: what the review workflow records after submission, on the micro-certification's row:
-- the comments of the last send-back, the academic review that approved it (reviewer, date,
-- opinion), the date the university's CFVU was informed before publication, the reason it was
-- retired, and when each transition last happened (UTC).
-- One ALTER TABLE per column: H2 does not accept several ADD clauses in one statement.
ALTER TABLE micro_certification ADD COLUMN send_back_comments VARCHAR(4000);
ALTER TABLE micro_certification ADD COLUMN review_reviewer VARCHAR(200);
ALTER TABLE micro_certification ADD COLUMN review_date DATE;
ALTER TABLE micro_certification ADD COLUMN review_opinion VARCHAR(4000);
ALTER TABLE micro_certification ADD COLUMN cfvu_informed_on DATE;
ALTER TABLE micro_certification ADD COLUMN retirement_reason VARCHAR(4000);
ALTER TABLE micro_certification ADD COLUMN submitted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE micro_certification ADD COLUMN sent_back_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE micro_certification ADD COLUMN approved_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE micro_certification ADD COLUMN published_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE micro_certification ADD COLUMN retired_at TIMESTAMP WITH TIME ZONE;
