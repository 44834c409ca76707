-- Names a supplier also appears under on its CMRTs (former names, group companies), one a line;
-- the checker accepts these in Declaration D8 without the "another company" warning.
ALTER TABLE supplier ADD COLUMN other_names VARCHAR(2000);
