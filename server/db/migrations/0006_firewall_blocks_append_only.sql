ALTER TABLE "firewall_blocks" DROP CONSTRAINT "firewall_blocks_request_id_firewall_requests_id_fk";
--> statement-breakpoint
-- Firewall decisions are a record: a check's request and its blocked decisions are written once,
-- in one statement, and never changed or removed. With both tables append-only, a block cannot
-- lose its request, which is what the dropped foreign key guarded at a per-row cost.
CREATE FUNCTION firewall_decisions_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'firewall decisions are append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER firewall_requests_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON firewall_requests
  FOR EACH STATEMENT EXECUTE FUNCTION firewall_decisions_refuse_change();
--> statement-breakpoint
CREATE TRIGGER firewall_blocks_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON firewall_blocks
  FOR EACH STATEMENT EXECUTE FUNCTION firewall_decisions_refuse_change();
