-- Enrolment: the hours each enrolment realised, one figure per enrolment (the latest total),
-- entered by a tutor or imported from the LMS export, with who recorded it and when.

CREATE TABLE attendance (
    enrolment_id   BIGINT                   NOT NULL PRIMARY KEY REFERENCES enrolment (id),
    university_id  VARCHAR(16)              NOT NULL REFERENCES university (code),
    hours_realised NUMERIC(8, 2)            NOT NULL,
    source         VARCHAR(16)              NOT NULL,
    recorded_by    VARCHAR(100)             NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT attendance_hours_ck CHECK (hours_realised >= 0)
);
