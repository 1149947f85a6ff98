-- The schema a new file of schema 3 is created with. Generated from the kind
-- declarations by `python -m workshop.schema`; never edit it by hand.

CREATE TABLE commitment (
	text TEXT NOT NULL, 
	guidance TEXT NOT NULL, 
	visibility VARCHAR(16) NOT NULL, 
	sort_order INTEGER NOT NULL, 
	id INTEGER NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_visibility CHECK (visibility IN ('shared', 'confidential', 'private'))
);

CREATE TABLE meeting (
	title TEXT NOT NULL, 
	date VARCHAR(10) NOT NULL, 
	location TEXT NOT NULL, 
	visibility VARCHAR(16) NOT NULL, 
	sort_order INTEGER NOT NULL, 
	ended_at VARCHAR(32) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_visibility CHECK (visibility IN ('shared', 'confidential', 'private'))
);

CREATE TABLE partner (
	name TEXT NOT NULL, 
	short_name TEXT NOT NULL, 
	size_band VARCHAR(16) NOT NULL, 
	reach VARCHAR(16) NOT NULL, 
	role VARCHAR(24) NOT NULL, 
	colour VARCHAR(7) NOT NULL, 
	sort_order INTEGER NOT NULL, 
	id INTEGER NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_size_band CHECK (size_band IN ('micro', 'small', 'medium', 'large', 'major')), 
	CONSTRAINT ck_reach CHECK (reach IN ('national', 'regional', 'local')), 
	CONSTRAINT ck_role CHECK (role IN ('lead', 'prime', 'sub', 'equal', 'coordinating_agent')), 
	CONSTRAINT ck_partner_name CHECK (name <> '')
);

CREATE TABLE topic (
	name TEXT NOT NULL, 
	description TEXT NOT NULL, 
	visibility VARCHAR(16) NOT NULL, 
	sort_order INTEGER NOT NULL, 
	id INTEGER NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_visibility CHECK (visibility IN ('shared', 'confidential', 'private'))
);

CREATE TABLE value (
	name TEXT NOT NULL, 
	description TEXT NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	visibility VARCHAR(16) NOT NULL, 
	sort_order INTEGER NOT NULL, 
	id INTEGER NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_status CHECK (status IN ('proposed', 'agreed', 'dropped')), 
	CONSTRAINT ck_visibility CHECK (visibility IN ('shared', 'confidential', 'private'))
);

CREATE TABLE workshop (
	title TEXT NOT NULL, 
	purpose TEXT NOT NULL, 
	context TEXT NOT NULL, 
	collaboration_model VARCHAR(32) NOT NULL, 
	facilitator TEXT NOT NULL, 
	start_date VARCHAR(10) NOT NULL, 
	end_date VARCHAR(10) NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	language VARCHAR(16) NOT NULL, 
	uid VARCHAR(32) NOT NULL, 
	secret VARCHAR(64) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_collaboration_model CHECK (collaboration_model IN ('prime_sub', 'consortium', 'joint_venture', 'alliance_contract', 'lead_partner', 'informal_network')), 
	CONSTRAINT ck_status CHECK (status IN ('planning', 'in_progress', 'complete'))
);

CREATE TABLE agenda_item (
	meeting_id INTEGER NOT NULL, 
	title TEXT NOT NULL, 
	planned_minutes INTEGER NOT NULL, 
	notes TEXT NOT NULL, 
	visibility VARCHAR(16) NOT NULL, 
	sort_order INTEGER NOT NULL, 
	facilitator_note TEXT NOT NULL, 
	id INTEGER NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_planned_minutes CHECK (planned_minutes >= 0), 
	CONSTRAINT ck_visibility CHECK (visibility IN ('shared', 'confidential', 'private')), 
	FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
);

CREATE INDEX ix_agenda_item_meeting_id ON agenda_item (meeting_id);

CREATE TABLE alignment (
	value_id INTEGER NOT NULL, 
	partner_id INTEGER NOT NULL, 
	rating INTEGER, 
	note TEXT NOT NULL, 
	visibility VARCHAR(16) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_alignment UNIQUE (value_id, partner_id), 
	CONSTRAINT ck_rating CHECK (rating IS NULL OR rating BETWEEN 1 AND 5), 
	CONSTRAINT ck_visibility CHECK (visibility IN ('shared', 'confidential', 'private')), 
	FOREIGN KEY(value_id) REFERENCES value (id) ON DELETE CASCADE, 
	FOREIGN KEY(partner_id) REFERENCES partner (id) ON DELETE CASCADE
);

CREATE INDEX ix_alignment_partner_id ON alignment (partner_id);

CREATE INDEX ix_alignment_value_id ON alignment (value_id);

CREATE TABLE clause (
	section VARCHAR(24) NOT NULL, 
	text TEXT NOT NULL, 
	status VARCHAR(8) NOT NULL, 
	partner_id INTEGER, 
	visibility VARCHAR(16) NOT NULL, 
	sort_order INTEGER NOT NULL, 
	id INTEGER NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_section CHECK (section IN ('purpose', 'roles', 'decision_making', 'communication', 'named_contacts', 'money', 'data', 'branding', 'conflict_resolution', 'review', 'exit', 'term', 'duties')), 
	CONSTRAINT ck_status CHECK (status IN ('draft', 'agreed')), 
	CONSTRAINT ck_visibility CHECK (visibility IN ('shared', 'confidential', 'private')), 
	FOREIGN KEY(partner_id) REFERENCES partner (id) ON DELETE SET NULL
);

CREATE INDEX ix_clause_partner_id ON clause (partner_id);

CREATE TABLE commitment_answer (
	commitment_id INTEGER NOT NULL, 
	partner_id INTEGER NOT NULL, 
	answer VARCHAR(16) NOT NULL, 
	note TEXT NOT NULL, 
	visibility VARCHAR(16) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_commitment_answer UNIQUE (commitment_id, partner_id), 
	CONSTRAINT ck_answer CHECK (answer IN ('committed', 'not_committed', 'not_applicable')), 
	CONSTRAINT ck_visibility CHECK (visibility IN ('shared', 'confidential', 'private')), 
	FOREIGN KEY(commitment_id) REFERENCES commitment (id) ON DELETE CASCADE, 
	FOREIGN KEY(partner_id) REFERENCES partner (id) ON DELETE CASCADE
);

CREATE INDEX ix_commitment_answer_commitment_id ON commitment_answer (commitment_id);

CREATE INDEX ix_commitment_answer_partner_id ON commitment_answer (partner_id);

CREATE TABLE contribution (
	partner_id INTEGER NOT NULL, 
	category VARCHAR(16) NOT NULL, 
	description TEXT NOT NULL, 
	amount FLOAT, 
	unit VARCHAR(16) NOT NULL, 
	visibility VARCHAR(16) NOT NULL, 
	sort_order INTEGER NOT NULL, 
	id INTEGER NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_category CHECK (category IN ('money', 'staff', 'premises', 'reach', 'expertise', 'data', 'reputation', 'other')), 
	CONSTRAINT ck_visibility CHECK (visibility IN ('shared', 'confidential', 'private')), 
	FOREIGN KEY(partner_id) REFERENCES partner (id) ON DELETE CASCADE
);

CREATE INDEX ix_contribution_partner_id ON contribution (partner_id);

CREATE TABLE disagreement (
	title TEXT NOT NULL, 
	description TEXT NOT NULL, 
	topic_id INTEGER, 
	severity VARCHAR(8) NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	route_step VARCHAR(16) NOT NULL, 
	owner TEXT NOT NULL, 
	review_date VARCHAR(10) NOT NULL, 
	outcome TEXT NOT NULL, 
	visibility VARCHAR(16) NOT NULL, 
	sort_order INTEGER NOT NULL, 
	id INTEGER NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_severity CHECK (severity IN ('low', 'medium', 'high')), 
	CONSTRAINT ck_status CHECK (status IN ('open', 'in_discussion', 'parked', 'resolved', 'escalated')), 
	CONSTRAINT ck_route_step CHECK (route_step IN ('leads_talk', 'ceos_meet', 'mediator', 'exit')), 
	CONSTRAINT ck_visibility CHECK (visibility IN ('shared', 'confidential', 'private')), 
	FOREIGN KEY(topic_id) REFERENCES topic (id) ON DELETE SET NULL
);

CREATE INDEX ix_disagreement_topic_id ON disagreement (topic_id);

CREATE TABLE impact (
	description TEXT NOT NULL, 
	area VARCHAR(16) NOT NULL, 
	scenario VARCHAR(24) NOT NULL, 
	partner_id INTEGER, 
	visibility VARCHAR(16) NOT NULL, 
	sort_order INTEGER NOT NULL, 
	id INTEGER NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_area CHECK (area IN ('communities', 'beneficiaries', 'local_sector')), 
	CONSTRAINT ck_scenario CHECK (scenario IN ('with_partnership', 'without_partnership')), 
	CONSTRAINT ck_visibility CHECK (visibility IN ('shared', 'confidential', 'private')), 
	FOREIGN KEY(partner_id) REFERENCES partner (id) ON DELETE SET NULL
);

CREATE INDEX ix_impact_partner_id ON impact (partner_id);

CREATE TABLE issue (
	audience VARCHAR(16) NOT NULL, 
	partner_id INTEGER, 
	number INTEGER NOT NULL, 
	status VARCHAR(8) NOT NULL, 
	issued_at VARCHAR(32) NOT NULL, 
	prepared_by TEXT NOT NULL, 
	fingerprint VARCHAR(64) NOT NULL, 
	visibility VARCHAR(16) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_audience CHECK (audience IN ('room', 'partner', 'broker')), 
	CONSTRAINT ck_status CHECK (status IN ('draft', 'final')), 
	CONSTRAINT ck_number CHECK (number >= 1), 
	CONSTRAINT ck_visibility CHECK (visibility IN ('shared', 'confidential', 'private')), 
	FOREIGN KEY(partner_id) REFERENCES partner (id) ON DELETE SET NULL
);

CREATE INDEX ix_issue_partner_id ON issue (partner_id);

CREATE TABLE kept (
	meeting_id INTEGER NOT NULL, 
	item_table VARCHAR(32) NOT NULL, 
	item_id INTEGER NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	partner_id INTEGER, 
	visibility VARCHAR(16) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_visibility CHECK (visibility IN ('shared', 'confidential', 'private')), 
	FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE CASCADE, 
	FOREIGN KEY(partner_id) REFERENCES partner (id) ON DELETE SET NULL
);

CREATE INDEX ix_kept_meeting_id ON kept (meeting_id);

CREATE INDEX ix_kept_partner_id ON kept (partner_id);

CREATE TABLE note (
	text TEXT NOT NULL, 
	partner_id INTEGER, 
	visibility VARCHAR(16) NOT NULL, 
	sort_order INTEGER NOT NULL, 
	id INTEGER NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_visibility CHECK (visibility IN ('shared', 'confidential', 'private')), 
	FOREIGN KEY(partner_id) REFERENCES partner (id) ON DELETE SET NULL
);

CREATE INDEX ix_note_partner_id ON note (partner_id);

CREATE TABLE person (
	partner_id INTEGER, 
	name TEXT NOT NULL, 
	role TEXT NOT NULL, 
	email TEXT NOT NULL, 
	phone TEXT NOT NULL, 
	is_named_contact INTEGER NOT NULL, 
	visibility VARCHAR(16) NOT NULL, 
	sort_order INTEGER NOT NULL, 
	id INTEGER NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_visibility CHECK (visibility IN ('shared', 'confidential', 'private')), 
	FOREIGN KEY(partner_id) REFERENCES partner (id) ON DELETE CASCADE
);

CREATE INDEX ix_person_partner_id ON person (partner_id);

CREATE TABLE risk (
	description TEXT NOT NULL, 
	partner_id INTEGER, 
	likelihood INTEGER NOT NULL, 
	impact INTEGER NOT NULL, 
	mitigation TEXT NOT NULL, 
	owner TEXT NOT NULL, 
	review_date VARCHAR(10) NOT NULL, 
	visibility VARCHAR(16) NOT NULL, 
	sort_order INTEGER NOT NULL, 
	id INTEGER NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_likelihood CHECK (likelihood BETWEEN 1 AND 5), 
	CONSTRAINT ck_impact CHECK (impact BETWEEN 1 AND 5), 
	CONSTRAINT ck_visibility CHECK (visibility IN ('shared', 'confidential', 'private')), 
	FOREIGN KEY(partner_id) REFERENCES partner (id) ON DELETE SET NULL
);

CREATE INDEX ix_risk_partner_id ON risk (partner_id);

CREATE TABLE speaking (
	meeting_id INTEGER NOT NULL, 
	partner_id INTEGER NOT NULL, 
	started_at VARCHAR(32) NOT NULL, 
	seconds FLOAT, 
	visibility VARCHAR(16) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_visibility CHECK (visibility IN ('shared', 'confidential', 'private')), 
	FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE CASCADE, 
	FOREIGN KEY(partner_id) REFERENCES partner (id) ON DELETE CASCADE
);

CREATE INDEX ix_speaking_meeting_id ON speaking (meeting_id);

CREATE INDEX ix_speaking_partner_id ON speaking (partner_id);

CREATE TABLE term (
	name TEXT NOT NULL, 
	topic_id INTEGER, 
	numeric INTEGER NOT NULL, 
	unit VARCHAR(16) NOT NULL, 
	description TEXT NOT NULL, 
	visibility VARCHAR(16) NOT NULL, 
	sort_order INTEGER NOT NULL, 
	id INTEGER NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_visibility CHECK (visibility IN ('shared', 'confidential', 'private')), 
	FOREIGN KEY(topic_id) REFERENCES topic (id) ON DELETE SET NULL
);

CREATE INDEX ix_term_topic_id ON term (topic_id);

CREATE TABLE action (
	text TEXT NOT NULL, 
	partner_id INTEGER, 
	person_id INTEGER, 
	meeting_id INTEGER, 
	due_date VARCHAR(10) NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	visibility VARCHAR(16) NOT NULL, 
	sort_order INTEGER NOT NULL, 
	id INTEGER NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_status CHECK (status IN ('open', 'in_progress', 'done', 'dropped')), 
	CONSTRAINT ck_visibility CHECK (visibility IN ('shared', 'confidential', 'private')), 
	FOREIGN KEY(partner_id) REFERENCES partner (id) ON DELETE SET NULL, 
	FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE SET NULL, 
	FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE SET NULL
);

CREATE INDEX ix_action_meeting_id ON action (meeting_id);

CREATE INDEX ix_action_partner_id ON action (partner_id);

CREATE INDEX ix_action_person_id ON action (person_id);

CREATE TABLE attendance (
	meeting_id INTEGER NOT NULL, 
	person_id INTEGER NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_attendance UNIQUE (meeting_id, person_id), 
	CONSTRAINT ck_status CHECK (status IN ('attended', 'apologies', 'invited')), 
	FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE CASCADE, 
	FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE INDEX ix_attendance_meeting_id ON attendance (meeting_id);

CREATE INDEX ix_attendance_person_id ON attendance (person_id);

CREATE TABLE disagreement_party (
	disagreement_id INTEGER NOT NULL, 
	partner_id INTEGER NOT NULL, 
	"view" TEXT NOT NULL, 
	id INTEGER NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_party UNIQUE (disagreement_id, partner_id), 
	FOREIGN KEY(disagreement_id) REFERENCES disagreement (id) ON DELETE CASCADE, 
	FOREIGN KEY(partner_id) REFERENCES partner (id) ON DELETE CASCADE
);

CREATE INDEX ix_disagreement_party_disagreement_id ON disagreement_party (disagreement_id);

CREATE INDEX ix_disagreement_party_partner_id ON disagreement_party (partner_id);

CREATE TABLE issued_item (
	issue_id INTEGER NOT NULL, 
	number VARCHAR(16) NOT NULL, 
	item_table VARCHAR(32) NOT NULL, 
	item_id INTEGER NOT NULL, 
	digest VARCHAR(64) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_issued_item UNIQUE (issue_id, number), 
	FOREIGN KEY(issue_id) REFERENCES issue (id) ON DELETE CASCADE
);

CREATE INDEX ix_issued_item_issue_id ON issued_item (issue_id);

CREATE TABLE position (
	partner_id INTEGER NOT NULL, 
	topic_id INTEGER, 
	kind VARCHAR(16) NOT NULL, 
	statement TEXT NOT NULL, 
	reasoning TEXT NOT NULL, 
	owner VARCHAR(8) NOT NULL, 
	needs_decision INTEGER NOT NULL, 
	range_min FLOAT, 
	range_max FLOAT, 
	range_unit VARCHAR(16) NOT NULL, 
	visibility VARCHAR(16) NOT NULL, 
	sort_order INTEGER NOT NULL, 
	term_id INTEGER, 
	stance VARCHAR(16) NOT NULL, 
	preferred FLOAT, 
	id INTEGER NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_kind CHECK (kind IN ('red_line', 'bottom_line', 'preference', 'open')), 
	CONSTRAINT ck_owner CHECK (owner IN ('rep', 'ceo', 'board')), 
	CONSTRAINT ck_stance CHECK (stance IN ('none', 'requires', 'rules_out', 'either', 'limit')), 
	CONSTRAINT ck_visibility CHECK (visibility IN ('shared', 'confidential', 'private')), 
	FOREIGN KEY(partner_id) REFERENCES partner (id) ON DELETE CASCADE, 
	FOREIGN KEY(topic_id) REFERENCES topic (id) ON DELETE SET NULL, 
	FOREIGN KEY(term_id) REFERENCES term (id) ON DELETE SET NULL
);

CREATE INDEX ix_position_partner_id ON position (partner_id);

CREATE INDEX ix_position_term_id ON position (term_id);

CREATE INDEX ix_position_topic_id ON position (topic_id);

CREATE TABLE response (
	issue_id INTEGER NOT NULL, 
	partner_id INTEGER NOT NULL, 
	number VARCHAR(16) NOT NULL, 
	answer VARCHAR(8) NOT NULL, 
	proposed TEXT NOT NULL, 
	comment TEXT NOT NULL, 
	"conflict" INTEGER NOT NULL, 
	disposition VARCHAR(16) NOT NULL, 
	reply TEXT NOT NULL, 
	visibility VARCHAR(16) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_response UNIQUE (issue_id, number), 
	CONSTRAINT ck_answer CHECK (answer IN ('agree', 'amend', 'question')), 
	CONSTRAINT ck_disposition CHECK (disposition IN ('open', 'accepted', 'revised', 'declined', 'replied')), 
	CONSTRAINT ck_visibility CHECK (visibility IN ('shared', 'confidential', 'private')), 
	FOREIGN KEY(issue_id) REFERENCES issue (id) ON DELETE CASCADE, 
	FOREIGN KEY(partner_id) REFERENCES partner (id) ON DELETE CASCADE
);

CREATE INDEX ix_response_issue_id ON response (issue_id);

CREATE INDEX ix_response_partner_id ON response (partner_id);

CREATE TABLE signoff (
	issue_id INTEGER, 
	partner_id INTEGER NOT NULL, 
	name TEXT NOT NULL, 
	role TEXT NOT NULL, 
	signed_on VARCHAR(10) NOT NULL, 
	confirmed INTEGER NOT NULL, 
	visibility VARCHAR(16) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_signoff UNIQUE (issue_id, partner_id), 
	CONSTRAINT ck_visibility CHECK (visibility IN ('shared', 'confidential', 'private')), 
	FOREIGN KEY(issue_id) REFERENCES issue (id) ON DELETE CASCADE, 
	FOREIGN KEY(partner_id) REFERENCES partner (id) ON DELETE CASCADE
);

CREATE INDEX ix_signoff_issue_id ON signoff (issue_id);

CREATE INDEX ix_signoff_partner_id ON signoff (partner_id);

