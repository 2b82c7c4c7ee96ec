CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TABLE "assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"matter_id" uuid NOT NULL,
	"decision_id" uuid,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"commissioned_by" text NOT NULL,
	"commissioning_body_id" uuid NOT NULL,
	"assignee_person_id" uuid,
	"assignee_unit_id" uuid,
	"due_on" date NOT NULL,
	"report_back_required" boolean DEFAULT true NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"report" text,
	"reported_on" date,
	"reported_by" uuid,
	"report_matter_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "assignments_assignee" CHECK ("assignments"."assignee_person_id" is not null or "assignments"."assignee_unit_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "matter_deadlines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"matter_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"source" text,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matter_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"matter_id" uuid NOT NULL,
	"body_id" uuid NOT NULL,
	"decided_on" date NOT NULL,
	"text" text NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matter_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"matter_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"journal_year" integer NOT NULL,
	"journal_sequence" integer NOT NULL,
	"direction" text NOT NULL,
	"status" text DEFAULT 'registered' NOT NULL,
	"document_date" date NOT NULL,
	"registered_on" date NOT NULL,
	"correspondent" text,
	"description" text NOT NULL,
	"public_description" text NOT NULL,
	"confidential" boolean DEFAULT false NOT NULL,
	"confidentiality_ground" text,
	"search_config" "regconfig" NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector(search_config, description), 'A') || setweight(to_tsvector(search_config, coalesce(correspondent, '')), 'C')) STORED,
	"public_search" "tsvector" GENERATED ALWAYS AS (case when confidential then to_tsvector(search_config, public_description) else setweight(to_tsvector(search_config, description), 'A') end) STORED,
	"registered_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "matter_documents_confidential_ground" CHECK (not "matter_documents"."confidential" or coalesce(length("matter_documents"."confidentiality_ground"), 0) > 0)
);
--> statement-breakpoint
CREATE TABLE "matter_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"matter_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL,
	"kind" text NOT NULL,
	"from_state" text,
	"to_state" text,
	"reason" text,
	"public" boolean DEFAULT true NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matter_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matter_priorities" (
	"municipality_id" uuid NOT NULL,
	"body_id" uuid NOT NULL,
	"matter_id" uuid NOT NULL,
	"rank" integer NOT NULL,
	CONSTRAINT "matter_priorities_body_id_matter_id_pk" PRIMARY KEY("body_id","matter_id")
);
--> statement-breakpoint
CREATE TABLE "matter_settings" (
	"municipality_id" uuid PRIMARY KEY NOT NULL,
	"number_format" text NOT NULL,
	"number_prefix" text DEFAULT '' NOT NULL,
	"recommendation_template" jsonb NOT NULL,
	"due_soon_days" integer DEFAULT 30 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"sequence" integer NOT NULL,
	"registry_number" text NOT NULL,
	"title" text NOT NULL,
	"public_title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"type" text NOT NULL,
	"nature" text NOT NULL,
	"classification" text,
	"state" text DEFAULT 'registered' NOT NULL,
	"responsible_body_id" uuid,
	"responsible_person_id" uuid,
	"initiator_name" text,
	"initiator_person_id" uuid,
	"received_on" date NOT NULL,
	"decided_on" date,
	"closed_on" date,
	"confidential" boolean DEFAULT false NOT NULL,
	"confidentiality_ground" text,
	"preparing_body_id" uuid,
	"preparing_person_id" uuid,
	"board_statement" text,
	"board_statement_on" date,
	"investigated_on" date,
	"investigated_by" text,
	"origin_matter_id" uuid,
	"origin_assignment_id" uuid,
	"search_config" "regconfig" NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector(search_config, coalesce(registry_number, '') || ' ' || title), 'A') || setweight(to_tsvector(search_config, description), 'B')) STORED,
	"public_search" "tsvector" GENERATED ALWAYS AS (case when confidential then setweight(to_tsvector(search_config, registry_number || ' ' || public_title), 'A') else setweight(to_tsvector(search_config, registry_number || ' ' || public_title), 'A') || setweight(to_tsvector(search_config, description), 'B') end) STORED,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "matters_confidential_ground" CHECK (not "matters"."confidential" or coalesce(length("matters"."confidentiality_ground"), 0) > 0)
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"dedupe_key" text NOT NULL,
	"matter_id" uuid,
	"values" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"emailed_at" timestamp with time zone,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "priority_lists" (
	"body_id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recommendations" (
	"matter_id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"sections" jsonb NOT NULL,
	"author_person_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry_sequences" (
	"municipality_id" uuid NOT NULL,
	"series" text NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "registry_sequences_municipality_id_series_year_pk" PRIMARY KEY("municipality_id","series","year")
);
--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_decision_id_matter_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."matter_decisions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_commissioning_body_id_bodies_id_fk" FOREIGN KEY ("commissioning_body_id") REFERENCES "public"."bodies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_assignee_person_id_persons_id_fk" FOREIGN KEY ("assignee_person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_assignee_unit_id_bodies_id_fk" FOREIGN KEY ("assignee_unit_id") REFERENCES "public"."bodies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_report_matter_id_matters_id_fk" FOREIGN KEY ("report_matter_id") REFERENCES "public"."matters"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_deadlines" ADD CONSTRAINT "matter_deadlines_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_deadlines" ADD CONSTRAINT "matter_deadlines_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_decisions" ADD CONSTRAINT "matter_decisions_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_decisions" ADD CONSTRAINT "matter_decisions_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_decisions" ADD CONSTRAINT "matter_decisions_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_decisions" ADD CONSTRAINT "matter_decisions_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_documents" ADD CONSTRAINT "matter_documents_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_documents" ADD CONSTRAINT "matter_documents_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_documents" ADD CONSTRAINT "matter_documents_registered_by_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_events" ADD CONSTRAINT "matter_events_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_events" ADD CONSTRAINT "matter_events_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_events" ADD CONSTRAINT "matter_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_files" ADD CONSTRAINT "matter_files_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_files" ADD CONSTRAINT "matter_files_document_id_matter_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."matter_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_files" ADD CONSTRAINT "matter_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_priorities" ADD CONSTRAINT "matter_priorities_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_priorities" ADD CONSTRAINT "matter_priorities_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_priorities" ADD CONSTRAINT "matter_priorities_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_settings" ADD CONSTRAINT "matter_settings_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matters" ADD CONSTRAINT "matters_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matters" ADD CONSTRAINT "matters_responsible_body_id_bodies_id_fk" FOREIGN KEY ("responsible_body_id") REFERENCES "public"."bodies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matters" ADD CONSTRAINT "matters_responsible_person_id_persons_id_fk" FOREIGN KEY ("responsible_person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matters" ADD CONSTRAINT "matters_initiator_person_id_persons_id_fk" FOREIGN KEY ("initiator_person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matters" ADD CONSTRAINT "matters_preparing_body_id_bodies_id_fk" FOREIGN KEY ("preparing_body_id") REFERENCES "public"."bodies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matters" ADD CONSTRAINT "matters_preparing_person_id_persons_id_fk" FOREIGN KEY ("preparing_person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matters" ADD CONSTRAINT "matters_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priority_lists" ADD CONSTRAINT "priority_lists_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priority_lists" ADD CONSTRAINT "priority_lists_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_author_person_id_persons_id_fk" FOREIGN KEY ("author_person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_sequences" ADD CONSTRAINT "registry_sequences_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assignments_matter_idx" ON "assignments" USING btree ("matter_id");--> statement-breakpoint
CREATE INDEX "assignments_body_idx" ON "assignments" USING btree ("municipality_id","commissioning_body_id","state");--> statement-breakpoint
CREATE INDEX "matter_deadlines_open_idx" ON "matter_deadlines" USING btree ("municipality_id","status","due_on");--> statement-breakpoint
CREATE INDEX "matter_deadlines_matter_idx" ON "matter_deadlines" USING btree ("matter_id");--> statement-breakpoint
CREATE INDEX "matter_decisions_matter_idx" ON "matter_decisions" USING btree ("matter_id");--> statement-breakpoint
CREATE UNIQUE INDEX "matter_documents_number_key" ON "matter_documents" USING btree ("matter_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "matter_documents_journal_key" ON "matter_documents" USING btree ("municipality_id","journal_year","journal_sequence");--> statement-breakpoint
CREATE INDEX "matter_documents_search_idx" ON "matter_documents" USING gin ("search");--> statement-breakpoint
CREATE INDEX "matter_documents_public_search_idx" ON "matter_documents" USING gin ("public_search");--> statement-breakpoint
CREATE INDEX "matter_events_matter_idx" ON "matter_events" USING btree ("matter_id","id");--> statement-breakpoint
CREATE INDEX "matter_files_document_idx" ON "matter_files" USING btree ("document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "matter_priorities_rank_key" ON "matter_priorities" USING btree ("body_id","rank");--> statement-breakpoint
CREATE UNIQUE INDEX "matters_number_key" ON "matters" USING btree ("municipality_id","year","sequence");--> statement-breakpoint
CREATE UNIQUE INDEX "matters_registry_number_key" ON "matters" USING btree ("municipality_id","registry_number");--> statement-breakpoint
CREATE INDEX "matters_state_idx" ON "matters" USING btree ("municipality_id","state");--> statement-breakpoint
CREATE INDEX "matters_body_idx" ON "matters" USING btree ("responsible_body_id");--> statement-breakpoint
CREATE INDEX "matters_person_idx" ON "matters" USING btree ("responsible_person_id");--> statement-breakpoint
CREATE INDEX "matters_search_idx" ON "matters" USING gin ("search");--> statement-breakpoint
CREATE INDEX "matters_public_search_idx" ON "matters" USING gin ("public_search");--> statement-breakpoint
CREATE INDEX "matters_title_trgm_idx" ON "matters" USING gin (lower("title") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "matters_public_title_trgm_idx" ON "matters" USING gin (lower("public_title") gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_dedupe_key" ON "notifications" USING btree ("user_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");
--> statement-breakpoint
ALTER TABLE matters ADD CONSTRAINT matters_type_check CHECK (type IN ('motion', 'citizen_proposal', 'assignment', 'question', 'administration', 'budget_plan', 'information', 'report_back'));
--> statement-breakpoint
ALTER TABLE matters ADD CONSTRAINT matters_nature_check CHECK (nature IN ('strategic', 'operational'));
--> statement-breakpoint
ALTER TABLE matters ADD CONSTRAINT matters_state_check CHECK (state IN ('registered', 'in_preparation', 'recommendation_ready', 'scheduled', 'decided', 'in_implementation', 'reported_back', 'closed', 'referred_back', 'postponed', 'withdrawn', 'written_off'));
--> statement-breakpoint
ALTER TABLE matter_documents ADD CONSTRAINT matter_documents_direction_check CHECK (direction IN ('incoming', 'outgoing', 'internal', 'recommendation'));
--> statement-breakpoint
ALTER TABLE matter_documents ADD CONSTRAINT matter_documents_status_check CHECK (status IN ('registered', 'dispatched', 'archived', 'cancelled'));
--> statement-breakpoint
ALTER TABLE assignments ADD CONSTRAINT assignments_commissioned_by_check CHECK (commissioned_by IN ('body', 'chair', 'director'));
--> statement-breakpoint
ALTER TABLE assignments ADD CONSTRAINT assignments_state_check CHECK (state IN ('open', 'reported', 'cancelled'));
--> statement-breakpoint
ALTER TABLE matter_deadlines ADD CONSTRAINT matter_deadlines_kind_check CHECK (kind IN ('legal', 'custom'));
--> statement-breakpoint
ALTER TABLE matter_deadlines ADD CONSTRAINT matter_deadlines_status_check CHECK (status IN ('open', 'met', 'reported', 'void'));
