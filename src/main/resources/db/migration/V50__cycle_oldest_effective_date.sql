-- The cycle's policy may refuse CMRTs whose answers are dated before a given day (null: any date).
ALTER TABLE reporting_cycle ADD COLUMN oldest_effective_date DATE;
