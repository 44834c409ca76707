-- A process owner's own choice of templates for one supplier of a cycle's scope, made on the scope page
-- before the scope is confirmed; null: the supplier's commodity mapping (or the cycle's collection) decides.
ALTER TABLE cycle_scope ADD COLUMN requested_templates VARCHAR(200);
ALTER TABLE cycle_scope ADD COLUMN templates_chosen_by VARCHAR(64);
ALTER TABLE cycle_scope ADD COLUMN templates_chosen_at TIMESTAMP WITH TIME ZONE;
