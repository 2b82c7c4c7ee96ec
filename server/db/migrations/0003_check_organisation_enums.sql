ALTER TABLE bodies ADD CONSTRAINT bodies_kind_check CHECK (kind IN ('council', 'executive_board', 'committee', 'sub_committee', 'control_committee', 'joint_committee', 'task_committee', 'administration', 'department', 'unit', 'company'));
--> statement-breakpoint
ALTER TABLE bodies ADD CONSTRAINT bodies_election_method_check CHECK (election_method IS NULL OR election_method IN ('proportional', 'agreed'));
--> statement-breakpoint
ALTER TABLE bodies ADD CONSTRAINT bodies_powers_check CHECK (powers IS NULL OR powers IN ('none', 'recommend', 'decide'));
--> statement-breakpoint
ALTER TABLE persons ADD CONSTRAINT persons_gender_check CHECK (gender IS NULL OR gender IN ('woman', 'man', 'other'));
--> statement-breakpoint
ALTER TABLE persons ADD CONSTRAINT persons_visibility_check CHECK (email_visibility IN ('public', 'internal') AND phone_visibility IN ('public', 'internal'));
--> statement-breakpoint
ALTER TABLE memberships ADD CONSTRAINT memberships_role_check CHECK (role IN ('chair', 'first_vice_chair', 'second_vice_chair', 'member', 'substitute', 'adjunct', 'secretary'));
--> statement-breakpoint
ALTER TABLE positions ADD CONSTRAINT positions_kind_check CHECK (kind IN ('director', 'department_head', 'case_officer'));
--> statement-breakpoint
ALTER TABLE role_descriptions ADD CONSTRAINT role_descriptions_role_type_check CHECK (role_type IN ('council_member', 'chair', 'committee_member', 'director', 'department_head', 'case_officer', 'secretary'));
