ALTER TABLE "contact_stays" DROP CONSTRAINT "contact_stays_contact_id_contacts_id_fk";
--> statement-breakpoint
-- Contacts are never removed (no route or pass deletes one), and a stay is only ever written in
-- the statement or transaction that writes its contact: refusing DELETE and TRUNCATE keeps every
-- stay's contact in place, which the dropped foreign key checked row by row
-- (docs/decisions/021-importing-a-million-contacts.md).
CREATE FUNCTION contacts_refuse_removal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'contacts are never removed' USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER contacts_never_removed BEFORE DELETE OR TRUNCATE ON contacts
  FOR EACH STATEMENT EXECUTE FUNCTION contacts_refuse_removal();
