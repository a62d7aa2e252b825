// The Neo4j schema, as ordered steps. Neo4j is schema-optional: what it needs
// is a uniqueness constraint on every label's `id` (which also indexes it) and
// the indexes member lookups and geographic filters use. Schema commands cannot
// share a transaction with writes, so each statement runs on its own and is
// idempotent (IF NOT EXISTS).
import type { Migration } from './migration.js';

export const NEO4J_BOOTSTRAP =
  'CREATE CONSTRAINT schema_migration_version IF NOT EXISTS FOR (n:SchemaMigration) REQUIRE n.version IS UNIQUE';

const LABELS = [
  'Member',
  'Account',
  'Skill',
  'Space',
  'Community',
  'Filiere',
  'Project',
  'Tender',
  'Bid',
  'Mentorship',
  'Suggestion',
  'AuditEvent',
] as const;

export const NEO4J_MIGRATIONS: readonly Migration[] = [
  {
    version: '0001',
    name: 'unique ids',
    statements: LABELS.map(
      (label) =>
        `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
    ),
  },
  {
    version: '0002',
    name: 'member lookups',
    statements: [
      'CREATE INDEX member_handle IF NOT EXISTS FOR (n:Member) ON (n.handle)',
      'CREATE INDEX member_email IF NOT EXISTS FOR (n:Member) ON (n.email)',
      'CREATE INDEX member_external_id IF NOT EXISTS FOR (n:Member) ON (n.externalId)',
      'CREATE INDEX member_updated_at IF NOT EXISTS FOR (n:Member) ON (n.updatedAt)',
      'CREATE INDEX member_city IF NOT EXISTS FOR (n:Member) ON (n.city)',
    ],
  },
  {
    version: '0003',
    name: 'geographic filters',
    statements: [
      'CREATE INDEX member_lat_lon IF NOT EXISTS FOR (n:Member) ON (n.lat, n.lon)',
      'CREATE INDEX space_lat_lon IF NOT EXISTS FOR (n:Space) ON (n.lat, n.lon)',
    ],
  },
  {
    version: '0004',
    name: 'account, suggestion and audit lookups',
    statements: [
      'CREATE INDEX account_email IF NOT EXISTS FOR (n:Account) ON (n.email)',
      'CREATE INDEX account_member IF NOT EXISTS FOR (n:Account) ON (n.memberId)',
      'CREATE INDEX suggestion_subject IF NOT EXISTS FOR (n:Suggestion) ON (n.subjectId)',
      'CREATE INDEX audit_event_at IF NOT EXISTS FOR (n:AuditEvent) ON (n.at)',
    ],
  },
  {
    version: '0005',
    name: 'sessions and password resets',
    statements: [
      'CREATE CONSTRAINT session_id IF NOT EXISTS FOR (n:Session) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT password_reset_id IF NOT EXISTS FOR (n:PasswordReset) REQUIRE n.id IS UNIQUE',
      'CREATE INDEX session_account IF NOT EXISTS FOR (n:Session) ON (n.accountId)',
      'CREATE INDEX password_reset_account IF NOT EXISTS FOR (n:PasswordReset) ON (n.accountId)',
    ],
  },
  {
    version: '0006',
    name: 'member lookup keys',
    statements: [
      'CREATE CONSTRAINT member_key_key IF NOT EXISTS FOR (n:MemberKey) REQUIRE n.key IS UNIQUE',
      'CREATE INDEX member_key_member IF NOT EXISTS FOR (n:MemberKey) ON (n.memberId)',
    ],
  },
  {
    version: '0007',
    name: 'member lookup keys of members stored before 0006',
    statements: [
      "MATCH (m:Member) WHERE m.handle IS NOT NULL MERGE (k:MemberKey {key: 'handle:' + m.handle}) SET k.memberId = m.id",
      "MATCH (m:Member) WHERE m.email IS NOT NULL MERGE (k:MemberKey {key: 'email:' + toLower(m.email)}) SET k.memberId = m.id",
      "MATCH (m:Member) WHERE m.externalId IS NOT NULL MERGE (k:MemberKey {key: 'external:' + m.externalId}) SET k.memberId = m.id",
    ],
  },
  {
    version: '0008',
    name: 'tender sources: lots and imported procurement notices',
    statements: [
      'CREATE CONSTRAINT tender_source_tender IF NOT EXISTS FOR (n:TenderSource) REQUIRE n.tenderId IS UNIQUE',
      'CREATE CONSTRAINT notice_id IF NOT EXISTS FOR (n:Notice) REQUIRE n.id IS UNIQUE',
    ],
  },
  {
    version: '0009',
    name: 'mentoring: requests, offers, rounds, mentorship lookups',
    statements: [
      'CREATE CONSTRAINT mentor_request_member IF NOT EXISTS FOR (n:MentorRequest) REQUIRE n.memberId IS UNIQUE',
      'CREATE CONSTRAINT mentor_offer_member IF NOT EXISTS FOR (n:MentorOffer) REQUIRE n.memberId IS UNIQUE',
      'CREATE CONSTRAINT mentoring_round_id IF NOT EXISTS FOR (n:MentoringRound) REQUIRE n.id IS UNIQUE',
      'CREATE INDEX mentorship_mentor IF NOT EXISTS FOR (n:Mentorship) ON (n.mentorId)',
      'CREATE INDEX mentorship_mentee IF NOT EXISTS FOR (n:Mentorship) ON (n.menteeId)',
      'CREATE INDEX mentorship_round IF NOT EXISTS FOR (n:Mentorship) ON (n.roundId)',
    ],
  },
  {
    version: '0010',
    name: 'filière events and proposed filières',
    statements: [
      'CREATE CONSTRAINT filiere_event_id IF NOT EXISTS FOR (n:FiliereEvent) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT proposed_filiere_id IF NOT EXISTS FOR (n:ProposedFiliere) REQUIRE n.id IS UNIQUE',
      'CREATE INDEX filiere_event_filiere IF NOT EXISTS FOR (n:FiliereEvent) ON (n.filiereId)',
    ],
  },
  {
    version: '0011',
    name: 'search sync: tombstones and the change feed on updatedAt',
    statements: [
      'CREATE CONSTRAINT tombstone_id IF NOT EXISTS FOR (n:Tombstone) REQUIRE n.id IS UNIQUE',
      'CREATE INDEX tombstone_at IF NOT EXISTS FOR (n:Tombstone) ON (n.at)',
      'CREATE INDEX member_updated_at IF NOT EXISTS FOR (n:Member) ON (n.updatedAt)',
    ],
  },
  {
    version: '0012',
    name: 'tender alerts',
    statements: [
      'CREATE CONSTRAINT tender_alert_id IF NOT EXISTS FOR (n:TenderAlert) REQUIRE n.id IS UNIQUE',
      'CREATE INDEX tender_alert_member IF NOT EXISTS FOR (n:TenderAlert) ON (n.memberId)',
    ],
  },
  {
    version: '0013',
    name: 'sign-in failures',
    statements: [
      'CREATE CONSTRAINT sign_in_failure_key IF NOT EXISTS FOR (n:SignInFailure) REQUIRE n.key IS UNIQUE',
    ],
  },
  {
    version: '0014',
    name: 'search change feed: a commit sequence instead of updatedAt',
    statements: [
      'CREATE CONSTRAINT change_counter_id IF NOT EXISTS FOR (n:ChangeCounter) REQUIRE n.id IS UNIQUE',
      "MERGE (c:ChangeCounter {id: 'search-feed'}) ON CREATE SET c.value = 0",
      'CREATE INDEX member_change_seq IF NOT EXISTS FOR (n:Member) ON (n.changeSeq)',
      'CREATE INDEX tender_change_seq IF NOT EXISTS FOR (n:Tender) ON (n.changeSeq)',
      'CREATE INDEX tombstone_seq IF NOT EXISTS FOR (n:Tombstone) ON (n.seq)',
      'MATCH (m:Member) WHERE m.changeSeq IS NULL SET m.changeSeq = m.updatedAt',
      'MATCH (t:Tender) WHERE t.changeSeq IS NULL SET t.changeSeq = t.updatedAt',
      'MATCH (t:Tombstone) WHERE t.seq IS NULL SET t.seq = t.at',
    ],
  },
  {
    version: '0015',
    name: 'bids: the lead’s message to the people invited (a property, nothing to declare)',
    statements: [],
  },
  {
    version: '0017',
    name: 'team suggestions: the assignment and pair distances the solver found (JSON; empty for older ones)',
    statements: [],
  },
];
