-- A supplier's country as ISO 3166-1: the alpha-2 code beside the English short name. V41 fills the code of
-- the suppliers stored before, from their country names.
ALTER TABLE supplier ADD COLUMN country_code VARCHAR(2);
CREATE INDEX supplier_country_code ON supplier (country_code);
