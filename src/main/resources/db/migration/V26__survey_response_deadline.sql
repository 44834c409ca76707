-- A deadline agreed with one supplier after the cycle's passed ("Contact unresponsive supplier"); the
-- portal shows it instead of the cycle's. Empty while the cycle's deadline stands.
ALTER TABLE supplier_survey ADD COLUMN response_deadline DATE;
