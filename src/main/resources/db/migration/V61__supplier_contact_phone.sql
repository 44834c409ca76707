-- The phone number of a supplier contact, for the commodity manager who has to call an unresponsive supplier.
ALTER TABLE supplier_contact ADD COLUMN phone VARCHAR(40);
