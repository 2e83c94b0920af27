-- Published segment versions are immutable: a change is a new version, never an edit.
CREATE FUNCTION segment_versions_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'segment versions are immutable' USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER segment_versions_immutable BEFORE UPDATE OR DELETE ON segment_versions
  FOR EACH ROW EXECUTE FUNCTION segment_versions_refuse_change();
