-- The audit trail is append-only: ordinary sessions can neither change nor remove an entry.
-- (A database superuser can still disable the trigger; the hash chain is what reveals that.)
CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_entries is append-only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_entries_no_update BEFORE UPDATE OR DELETE ON audit_entries
  FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
--> statement-breakpoint
ALTER TABLE municipalities ADD CONSTRAINT municipalities_jurisdiction_check CHECK (jurisdiction IN ('se', 'no'));
--> statement-breakpoint
ALTER TABLE municipalities ADD CONSTRAINT municipalities_default_locale_check CHECK (default_locale IN ('sv', 'nb', 'nn', 'en'));
--> statement-breakpoint
ALTER TABLE user_roles ADD CONSTRAINT user_roles_role_check CHECK (role IN ('administrator', 'secretary', 'official', 'director', 'politician', 'security_officer', 'citizen'));
--> statement-breakpoint
ALTER TABLE api_tokens ADD CONSTRAINT api_tokens_role_check CHECK (role IN ('administrator', 'secretary', 'official', 'director', 'politician', 'security_officer', 'citizen'));
