-- Portal links are no longer stored in e-mail bodies: a message that carries one names the survey, and
-- delivery mints a fresh link for it (only the link's hash is kept, in portal_token).
ALTER TABLE outbound_message ADD COLUMN portal_survey_id BIGINT REFERENCES supplier_survey (id);
CREATE INDEX outbound_message_portal_survey ON outbound_message (portal_survey_id);
