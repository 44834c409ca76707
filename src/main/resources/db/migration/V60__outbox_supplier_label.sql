-- The Outbox page names the supplier a message is about from the message itself, so that mail needs no
-- knowledge of suppliers (and still shows who a message went to if the supplier is renamed later).
ALTER TABLE outbound_message ADD COLUMN supplier_label VARCHAR(300);
UPDATE outbound_message SET supplier_label = (SELECT s.code || ' ' || s.name FROM supplier s WHERE s.id = outbound_message.supplier_id)
    WHERE supplier_id IS NOT NULL;
CREATE INDEX outbound_message_supplier_label ON outbound_message (supplier_label);
