-- PostgreSQL only: at most one active enrolment per learner and session, so that two concurrent
-- requests cannot both take a seat (the service checks it first; the second insert answers 409).
-- Active: administrative status neither rejected nor cancelled, and not withdrawn from the course.
-- H2 (demo database, one user at a time) relies on the service's check.

CREATE UNIQUE INDEX enrolment_one_active_uk ON enrolment (learner_id, session_id)
    WHERE admin_status NOT IN ('REJECTED_BY_SIS', 'CANCELLED') AND pedagogical_status <> 'WITHDRAWN';
