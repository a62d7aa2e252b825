// The Kùzu schema, as ordered steps. Kùzu is schema-first: every node table has
// typed columns and a STRING primary key (its only index), every relationship
// table names its endpoints. Times are INT64 epoch ms, lists are STRING[], a
// member's privacy is flattened into columns. DDL runs inside a transaction
// with the version record, so a step is applied entirely or not at all.
import type { Migration } from './migration.js';

export const KUZU_BOOTSTRAP =
  'CREATE NODE TABLE IF NOT EXISTS SchemaMigration(version STRING PRIMARY KEY, appliedAt INT64)';

export const KUZU_MIGRATIONS: readonly Migration[] = [
  {
    version: '0001',
    name: 'members and accounts',
    statements: [
      `CREATE NODE TABLE Member(
        id STRING PRIMARY KEY, externalId STRING, handle STRING, name STRING, email STRING, phone STRING,
        bio STRING, city STRING, country STRING, lat DOUBLE, lon DOUBLE, languages STRING[],
        preferredLanguage STRING, availability STRING, visibility STRING, suggestForBids BOOLEAN,
        suggestForMentoring BOOLEAN, suggestForFilieres BOOLEAN, joinedAt INT64, createdAt INT64, updatedAt INT64)`,
      `CREATE NODE TABLE Account(
        id STRING PRIMARY KEY, email STRING, passwordHash STRING, roles STRING[], scopeFilieres STRING[],
        scopeSpaces STRING[], memberId STRING, createdAt INT64)`,
    ],
  },
  {
    version: '0002',
    name: 'taxonomy, places and communities',
    statements: [
      `CREATE NODE TABLE Skill(
        id STRING PRIMARY KEY, labelFr STRING, labelEn STRING, labelNl STRING,
        altLabelsFr STRING[], altLabelsEn STRING[], altLabelsNl STRING[], filieres STRING[])`,
      `CREATE NODE TABLE Space(
        id STRING PRIMARY KEY, name STRING, kind STRING, city STRING, country STRING, lat DOUBLE, lon DOUBLE,
        relatedCommunities STRING[], description STRING)`,
      'CREATE NODE TABLE Community(id STRING PRIMARY KEY, name STRING, kind STRING, country STRING, description STRING)',
      `CREATE NODE TABLE Filiere(
        id STRING PRIMARY KEY, labelFr STRING, labelEn STRING, labelNl STRING, description STRING)`,
    ],
  },
  {
    version: '0003',
    name: 'projects, tenders, bids, mentorships, suggestions and audit',
    statements: [
      'CREATE NODE TABLE Project(id STRING PRIMARY KEY, title STRING, description STRING, startedAt INT64, endedAt INT64)',
      `CREATE NODE TABLE Tender(
        id STRING PRIMARY KEY, title STRING, buyer STRING, description STRING, deadline INT64, lat DOUBLE,
        lon DOUBLE, radiusKm DOUBLE, maxTeamSize INT64, budget DOUBLE, currency STRING, status STRING,
        createdBy STRING, createdAt INT64, updatedAt INT64)`,
      'CREATE NODE TABLE Bid(id STRING PRIMARY KEY, leadId STRING, status STRING, createdAt INT64, updatedAt INT64)',
      `CREATE NODE TABLE Mentorship(
        id STRING PRIMARY KEY, mentorId STRING, menteeId STRING, status STRING, startedAt INT64, endedAt INT64,
        feedback INT64)`,
      `CREATE NODE TABLE Suggestion(
        id STRING PRIMARY KEY, kind STRING, subjectId STRING, targetIds STRING[], score DOUBLE,
        explanation STRING, status STRING, algorithmVersion STRING, createdAt INT64)`,
      `CREATE NODE TABLE AuditEvent(
        id STRING PRIMARY KEY, actorId STRING, action STRING, targetKind STRING, targetId STRING, at INT64,
        details STRING)`,
    ],
  },
  {
    version: '0004',
    name: 'relationships',
    statements: [
      'CREATE REL TABLE HAS_SKILL(FROM Member TO Skill, level INT64, years INT64)',
      'CREATE REL TABLE WORKS_FROM(FROM Member TO Space)',
      'CREATE REL TABLE MEMBER_OF(FROM Member TO Community)',
      'CREATE REL TABLE WORKED_ON(FROM Member TO Project, role STRING)',
      'CREATE REL TABLE IN_FILIERE(FROM Member TO Filiere, role STRING)',
      'CREATE REL TABLE COLLABORATED_WITH(FROM Member TO Member, weight DOUBLE)',
      'CREATE REL TABLE MENTORS(FROM Member TO Member)',
      'CREATE REL TABLE REQUIRES(FROM Tender TO Skill, minLevel INT64, count INT64)',
      'CREATE REL TABLE IN_BID(FROM Member TO Bid, role STRING, status STRING)',
      'CREATE REL TABLE FOR(FROM Bid TO Tender)',
      'CREATE REL TABLE PART_OF(FROM Space TO Community)',
      'CREATE REL TABLE CORE_SKILL(FROM Filiere TO Skill)',
      'CREATE REL TABLE BROADER(FROM Skill TO Skill)',
      'CREATE REL TABLE RELATED(FROM Skill TO Skill)',
    ],
  },
  {
    version: '0005',
    name: 'sessions and password resets',
    statements: [
      // Both keyed by the SHA-256 of the secret token: the token itself is never stored.
      `CREATE NODE TABLE Session(
        id STRING PRIMARY KEY, accountId STRING, createdAt INT64, expiresAt INT64, revokedAt INT64)`,
      `CREATE NODE TABLE PasswordReset(
        id STRING PRIMARY KEY, accountId STRING, createdAt INT64, expiresAt INT64, usedAt INT64)`,
    ],
  },
  {
    version: '0006',
    name: 'member lookup keys',
    statements: [
      // Kùzu indexes only primary keys: handle, e-mail and external id lookups go through this table.
      'CREATE NODE TABLE MemberKey(key STRING PRIMARY KEY, memberId STRING)',
    ],
  },
  {
    version: '0007',
    name: 'member lookup keys of members stored before 0006',
    statements: [
      ...(['handle', 'email', 'external'] as const).map((kind) => {
        const value = { handle: 'm.handle', email: 'lower(m.email)', external: 'm.externalId' }[kind];
        const key = `concat('${kind}:', ${value})`;
        return `MATCH (m:Member) WHERE ${value} IS NOT NULL AND NOT EXISTS { MATCH (k:MemberKey {key: ${key}}) } CREATE (:MemberKey {key: ${key}, memberId: m.id})`;
      }),
    ],
  },
  {
    version: '0008',
    name: 'tender sources: lots and imported procurement notices',
    statements: [
      // One row per tender, keyed by the tender id: its lot, and the notice it was imported from (if any).
      `CREATE NODE TABLE TenderSource(
        tenderId STRING PRIMARY KEY, lot STRING, noticeKey STRING, noticeId STRING, noticeVersion STRING,
        lotId STRING, nuts STRING, placeName STRING, cpv STRING[])`,
      // Keyed by "<noticeId>@<version>": importing the same version twice finds it.
      `CREATE NODE TABLE Notice(
        id STRING PRIMARY KEY, noticeId STRING, version STRING, title STRING, buyer STRING, deadline INT64,
        nuts STRING, cpv STRING[], tenderIds STRING[], importedBy STRING, importedAt INT64)`,
    ],
  },
  {
    version: '0009',
    name: 'mentoring: requests, offers, rounds, and the proposal fields of mentorships',
    statements: [
      // Requests and offers are keyed by the member: one of each per member, found by primary key.
      `CREATE NODE TABLE MentorRequest(
        memberId STRING PRIMARY KEY, skills STRING[], filiere STRING, languages STRING[], city STRING,
        lat DOUBLE, lon DOUBLE, mode STRING, goals STRING, status STRING, createdAt INT64, updatedAt INT64)`,
      `CREATE NODE TABLE MentorOffer(
        memberId STRING PRIMARY KEY, skills STRING[], capacity INT64, languages STRING[], mode STRING,
        status STRING, createdAt INT64, updatedAt INT64)`,
      `CREATE NODE TABLE MentoringRound(
        id STRING PRIMARY KEY, createdBy STRING, scopeAll BOOLEAN, scopeFilieres STRING[], scopeSpaces STRING[],
        status STRING, passes INT64, jobId STRING, unmatched STRING, createdAt INT64, updatedAt INT64)`,
      'ALTER TABLE Mentorship ADD roundId STRING',
      'ALTER TABLE Mentorship ADD mentorAccepted BOOLEAN',
      'ALTER TABLE Mentorship ADD menteeAccepted BOOLEAN',
      'ALTER TABLE Mentorship ADD score DOUBLE',
      'ALTER TABLE Mentorship ADD explanation STRING',
      'ALTER TABLE Mentorship ADD proposedAt INT64',
    ],
  },
  {
    version: '0010',
    name: 'filière management: creation dates, join dates, events with registrations, proposed filières',
    statements: [
      'ALTER TABLE Filiere ADD createdAt INT64',
      // When a member joined the filière (null for links older than 0010: growth falls back to joinedAt).
      'ALTER TABLE IN_FILIERE ADD since INT64',
      `CREATE NODE TABLE FiliereEvent(
        id STRING PRIMARY KEY, filiereId STRING, title STRING, description STRING, place STRING,
        startsAt INT64, capacity INT64, createdBy STRING, createdAt INT64)`,
      'CREATE REL TABLE REGISTERED_FOR(FROM Member TO FiliereEvent, at INT64)',
      `CREATE NODE TABLE ProposedFiliere(
        id STRING PRIMARY KEY, labelFr STRING, labelEn STRING, labelNl STRING, skills STRING[],
        members STRING[], cities STRING[], spaces STRING[], size INT64, growth INT64, filiereId STRING,
        createdAt INT64, updatedAt INT64)`,
    ],
  },
  {
    version: '0011',
    name: 'search tombstones: deletions the search sync has still to apply',
    statements: [
      'CREATE NODE TABLE Tombstone(id STRING PRIMARY KEY, kind STRING, entityId STRING, at INT64)',
    ],
  },
  {
    version: '0012',
    name: 'tender alerts: CPV codes, skills and regions a member follows',
    statements: [
      `CREATE NODE TABLE TenderAlert(
        id STRING PRIMARY KEY, memberId STRING, filiereId STRING, cpv STRING[], skills STRING[],
        regions STRING[], createdAt INT64)`,
    ],
  },
  {
    version: '0013',
    name: 'sign-in failures: the brute-force lockout survives a restart',
    statements: ['CREATE NODE TABLE SignInFailure(key STRING PRIMARY KEY, count INT64, firstAt INT64)'],
  },
  {
    version: '0014',
    name: 'search change feed: a commit sequence instead of updatedAt (graph/repositories/changeSequence.ts)',
    statements: [
      'CREATE NODE TABLE ChangeCounter(id STRING PRIMARY KEY, value INT64)',
      "CREATE (:ChangeCounter {id: 'search-feed', value: 0})",
      'ALTER TABLE Member ADD changeSeq INT64 DEFAULT 0',
      'ALTER TABLE Tender ADD changeSeq INT64 DEFAULT 0',
      'ALTER TABLE Tombstone ADD seq INT64 DEFAULT 0',
      // What was stored before keeps its place in the old order; new positions start at the current time.
      'MATCH (m:Member) SET m.changeSeq = m.updatedAt',
      'MATCH (t:Tender) SET t.changeSeq = t.updatedAt',
      'MATCH (t:Tombstone) SET t.seq = t.at',
    ],
  },
  {
    version: '0015',
    name: 'bids: the lead’s message to the people invited',
    statements: ["ALTER TABLE Bid ADD message STRING DEFAULT ''"],
  },
  {
    version: '0017',
    name: 'team suggestions: the assignment and pair distances the solver found (JSON; empty for older ones)',
    statements: ["ALTER TABLE Suggestion ADD team STRING DEFAULT ''"],
  },
];
