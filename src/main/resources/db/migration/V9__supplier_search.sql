-- The supplier list is searched by name and sorted by spend over thousands of rows.
CREATE INDEX supplier_name ON supplier (name);
CREATE INDEX supplier_direct_spend ON supplier (direct, annual_spend);
