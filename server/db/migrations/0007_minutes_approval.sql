ALTER TABLE "agenda_items" ADD COLUMN "approves_meeting_id" uuid;--> statement-breakpoint
ALTER TABLE "meeting_settings" ADD COLUMN "minutes_approval" text DEFAULT 'signing' NOT NULL;--> statement-breakpoint
ALTER TABLE "minutes" ADD COLUMN "approval" text DEFAULT 'signing' NOT NULL;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_approves_meeting_id_meetings_id_fk" FOREIGN KEY ("approves_meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agenda_items_approves_idx" ON "agenda_items" USING btree ("approves_meeting_id");--> statement-breakpoint
-- The enumerations the code knows, checked by the database as in 0006.
ALTER TABLE agenda_items DROP CONSTRAINT agenda_items_kind_check;--> statement-breakpoint
ALTER TABLE agenda_items ADD CONSTRAINT agenda_items_kind_check CHECK (kind IN ('opening', 'roll_call', 'adjusters', 'agenda_approval', 'delegated_decisions', 'information', 'minutes_approval', 'matter', 'other'));--> statement-breakpoint
ALTER TABLE meeting_settings ADD CONSTRAINT meeting_settings_minutes_approval_check CHECK (minutes_approval IN ('signing', 'next_meeting'));--> statement-breakpoint
ALTER TABLE minutes ADD CONSTRAINT minutes_approval_check CHECK (approval IN ('signing', 'next_meeting'));--> statement-breakpoint
-- Only an approval item names the meeting whose minutes it approves.
ALTER TABLE agenda_items ADD CONSTRAINT agenda_items_approves_meeting CHECK (approves_meeting_id IS NULL OR kind = 'minutes_approval');
