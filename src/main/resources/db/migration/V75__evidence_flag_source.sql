-- A flag can come from a grievance closed as "smelter flagged": the flag keeps which grievance (its id and
-- reference code, never the reporter's text), so the smelter's page can name its source.
ALTER TABLE smelter_evidence_flag ADD COLUMN grievance_id BIGINT;
ALTER TABLE smelter_evidence_flag ADD COLUMN grievance_reference VARCHAR(32);
