-- EMRT Smelter Look-ups as reference lists: a list says which EMRT revision it came from (NULL for a 3TG list),
-- and each of its refiners has an extended mineral (COBALT … NICKEL) instead of a 3TG metal, never both, so
-- that nothing reading a 3TG list meets a cobalt refiner.
ALTER TABLE reference_list ADD COLUMN emrt_revision VARCHAR(20);
ALTER TABLE reference_smelter ADD COLUMN mineral VARCHAR(20);
ALTER TABLE reference_smelter ALTER COLUMN metal DROP NOT NULL;
ALTER TABLE reference_smelter ADD CONSTRAINT reference_smelter_metal_or_mineral
    CHECK ((metal IS NULL AND mineral IS NOT NULL) OR (metal IS NOT NULL AND mineral IS NULL));
