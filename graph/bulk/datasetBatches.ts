// A NetworkDataset as batches of node rows (one per label) and relationship
// rows (one per type), in load order: every node before any relationship. Both
// adapters load these batches (COPY on Kùzu, UNWIND on Neo4j). References are
// checked first, so a dangling id fails the same way on both engines, naming
// the field, before anything is written.
import type { NetworkActivity, NetworkDataset, TenderRecord } from '../../domain/dataset.js';
import type { MemberRecord } from '../../domain/entities/member.js';
import { handTypedTenderSource } from '../../domain/entities/tenderSource.js';
import { BadUserInputError, type FieldProblem, formatProblems } from '../../domain/errors.js';
import { bidToProperties } from '../properties/bidProperties.js';
import { communityToProperties } from '../properties/communityProperties.js';
import { filiereToProperties } from '../properties/filiereProperties.js';
import { memberToProperties } from '../properties/memberProperties.js';
import { mentorOfferToProperties, mentorRequestToProperties } from '../properties/mentoringProperties.js';
import { mentorshipToProperties } from '../properties/mentorshipProperties.js';
import { projectToProperties } from '../properties/projectProperties.js';
import type { Properties } from '../properties/rowValues.js';
import { skillToProperties } from '../properties/skillProperties.js';
import { spaceToProperties } from '../properties/spaceProperties.js';
import { tenderSourceToProperties, tenderToProperties } from '../properties/tenderProperties.js';
import { memberKeys } from '../repositories/memberKeys.js';

export interface NodeBatch {
  label: string;
  /** How many rows `forEachRow` visits. */
  count: number;
  /** Visits the rows one by one, built from the dataset as they are visited (none is kept). */
  forEachRow(visit: (row: Properties) => void): void;
}

export interface RelationshipRow {
  from: string;
  to: string;
  properties: Properties;
}

export interface RelationshipBatch {
  type: string;
  from: string;
  to: string;
  /** How many rows `forEachRow` visits (every reference checked). */
  count: number;
  forEachRow(visit: (row: RelationshipRow) => void): void;
}

export interface DatasetBatches {
  nodes: NodeBatch[];
  relationships: RelationshipBatch[];
}

const MAX_REPORTED_PROBLEMS = 20;

type FieldPath = (string | number)[];
/** One relationship found in the dataset; `path` (built only for an error) says where. */
type Emit = (from: string, to: string, properties: Properties, path: () => FieldPath) => void;

interface RelationshipSource {
  type: string;
  from: NodeLabel;
  to: NodeLabel;
  /** Walks the part of the dataset this relationship type comes from. */
  walk(emit: Emit): void;
}

type NodeLabel =
  | 'Skill'
  | 'Space'
  | 'Community'
  | 'Filiere'
  | 'Member'
  | 'Project'
  | 'Tender'
  | 'Bid'
  | 'FiliereEvent';

/** Each node batch as an array's rows mapped on demand. */
function nodeBatch<T>(label: string, items: readonly T[], toRow: (item: T) => Properties): NodeBatch {
  return {
    label,
    count: items.length,
    forEachRow(visit) {
      for (const item of items) visit(toRow(item));
    },
  };
}

/** The members' lookup keys (handle, email, external id), built as visited: 3 rows per member. */
function memberKeyBatch(members: readonly MemberRecord[]): NodeBatch {
  let count = 0;
  for (const m of members) count += memberKeys(m).length;
  return {
    label: 'MemberKey',
    count,
    forEachRow(visit) {
      for (const m of members) for (const key of memberKeys(m)) visit({ key, memberId: m.id });
    },
  };
}

/**
 * The batches of a dataset, every reference checked first (a dangling id throws before anything is
 * written). Rows are not materialised: a 100k-member network has a million relationship rows, which
 * held as objects cost hundreds of MB and most of the load's time in garbage collection (issue 19).
 */
export function datasetBatches(dataset: NetworkDataset): DatasetBatches {
  const activity = dataset.activity ?? NO_ACTIVITY;
  const ids: Record<NodeLabel, Set<string>> = {
    Skill: new Set(dataset.skills.map((s) => s.id)),
    Space: new Set(dataset.spaces.map((s) => s.id)),
    Community: new Set(dataset.communities.map((c) => c.id)),
    Filiere: new Set(dataset.filieres.map((f) => f.id)),
    Member: new Set(dataset.members.map((m) => m.id)),
    Project: new Set(dataset.projects.map((p) => p.id)),
    Tender: new Set(activity.tenders.map((t) => t.tender.id)),
    Bid: new Set(activity.bids.map((b) => b.id)),
    FiliereEvent: new Set(activity.filiereEvents.map((e) => e.id)),
  };
  const sources = relationshipSources(dataset, activity);

  const problems: FieldProblem[] = [];
  const counts = sources.map((source) => {
    const fromIds = ids[source.from];
    const toIds = ids[source.to];
    let count = 0;
    source.walk((from, to, _properties, path) => {
      if (!fromIds.has(from)) problems.push({ path: path(), message: `unknown ${source.from} "${from}"` });
      else if (!toIds.has(to)) problems.push({ path: path(), message: `unknown ${source.to} "${to}"` });
      else count++;
    });
    return count;
  });
  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_REPORTED_PROBLEMS);
    const more = problems.length - shown.length;
    throw new BadUserInputError(shown, more > 0 ? `${formatProblems(shown)} (and ${more} more)` : undefined);
  }

  return {
    nodes: [
      nodeBatch('Skill', dataset.skills, skillToProperties),
      nodeBatch('Community', dataset.communities, communityToProperties),
      nodeBatch('Space', dataset.spaces, spaceToProperties),
      nodeBatch('Filiere', dataset.filieres, filiereToProperties),
      // A bulk-loaded member's place in the search change feed is its `updatedAt` (changeSequence.ts).
      nodeBatch('Member', dataset.members, (m) => ({ ...memberToProperties(m), changeSeq: m.updatedAt })),
      memberKeyBatch(dataset.members),
      nodeBatch('Project', dataset.projects, projectToProperties),
      nodeBatch('Mentorship', dataset.mentorships, mentorshipToProperties),
      nodeBatch('MentorOffer', activity.mentorOffers, mentorOfferToProperties),
      nodeBatch('MentorRequest', activity.mentorRequests, mentorRequestToProperties),
      // Like members, a bulk-loaded tender's place in the search change feed is its `updatedAt`.
      nodeBatch('Tender', activity.tenders, (t) => ({
        ...tenderToProperties(t.tender),
        changeSeq: t.tender.updatedAt,
      })),
      nodeBatch('TenderSource', activity.tenders, tenderSourceRow),
      nodeBatch('Bid', activity.bids, bidToProperties),
      nodeBatch('FiliereEvent', activity.filiereEvents, ({ registrations: _registrations, ...event }) => ({
        ...event,
      })),
    ],
    relationships: sources.map((source, i) => ({
      type: source.type,
      from: source.from,
      to: source.to,
      count: counts[i]!,
      forEachRow(visit) {
        source.walk((from, to, properties) => visit({ from, to, properties }));
      },
    })),
  };
}

/** Where each relationship type comes from, in load order. */
function relationshipSources(dataset: NetworkDataset, activity: NetworkActivity): RelationshipSource[] {
  const source = (type: string, from: NodeLabel, to: NodeLabel, walk: (emit: Emit) => void) => ({
    type,
    from,
    to,
    walk,
  });
  return [
    source('BROADER', 'Skill', 'Skill', (emit) => {
      for (const [i, skill] of dataset.skills.entries()) {
        if (skill.broader) emit(skill.id, skill.broader, {}, () => ['skills', i, 'broader']);
      }
    }),
    source('RELATED', 'Skill', 'Skill', (emit) => {
      for (const [i, skill] of dataset.skills.entries()) {
        for (const [j, other] of skill.related.entries())
          emit(skill.id, other, {}, () => ['skills', i, 'related', j]);
      }
    }),
    source('PART_OF', 'Space', 'Community', (emit) => {
      for (const [i, space] of dataset.spaces.entries()) {
        if (space.community) emit(space.id, space.community, {}, () => ['spaces', i, 'community']);
      }
    }),
    source('CORE_SKILL', 'Filiere', 'Skill', (emit) => {
      for (const [i, filiere] of dataset.filieres.entries()) {
        for (const [j, skill] of filiere.coreSkills.entries())
          emit(filiere.id, skill, {}, () => ['filieres', i, 'coreSkills', j]);
      }
    }),
    source('HAS_SKILL', 'Member', 'Skill', (emit) => {
      for (const [i, member] of dataset.members.entries()) {
        for (const [j, s] of member.skills.entries()) {
          emit(member.id, s.skill, { level: s.level, years: s.years }, () => [
            'members',
            i,
            'skills',
            j,
            'skill',
          ]);
        }
      }
    }),
    source('WORKS_FROM', 'Member', 'Space', (emit) => {
      for (const [i, member] of dataset.members.entries()) {
        for (const [j, space] of member.spaces.entries())
          emit(member.id, space, {}, () => ['members', i, 'spaces', j]);
      }
    }),
    source('MEMBER_OF', 'Member', 'Community', (emit) => {
      for (const [i, member] of dataset.members.entries()) {
        for (const [j, community] of member.communities.entries())
          emit(member.id, community, {}, () => ['members', i, 'communities', j]);
      }
    }),
    source('IN_FILIERE', 'Member', 'Filiere', (emit) => {
      for (const [i, member] of dataset.members.entries()) {
        for (const [j, filiere] of member.filieres.entries())
          emit(member.id, filiere, { role: 'member' }, () => ['members', i, 'filieres', j]);
      }
    }),
    source('WORKED_ON', 'Member', 'Project', (emit) => {
      for (const [i, project] of dataset.projects.entries()) {
        for (const [j, m] of project.members.entries())
          emit(m.member, project.id, { role: m.role }, () => ['projects', i, 'members', j, 'member']);
      }
    }),
    source('COLLABORATED_WITH', 'Member', 'Member', (emit) => {
      for (const [i, c] of dataset.collaborations.entries())
        emit(c.source, c.target, { weight: c.weight }, () => ['collaborations', i]);
    }),
    source('MENTORS', 'Member', 'Member', (emit) => {
      for (const [i, m] of dataset.mentorships.entries()) {
        if (m.status === 'active' || m.status === 'ended')
          emit(m.mentorId, m.menteeId, {}, () => ['mentorships', i]);
      }
    }),
    source('REQUIRES', 'Tender', 'Skill', (emit) => {
      for (const [i, { tender }] of activity.tenders.entries()) {
        for (const [j, r] of tender.requirements.entries()) {
          emit(tender.id, r.skill, { minLevel: r.minLevel, count: r.count }, () => [
            'activity',
            'tenders',
            i,
            'requirements',
            j,
          ]);
        }
      }
    }),
    source('FOR', 'Bid', 'Tender', (emit) => {
      for (const [i, bid] of activity.bids.entries())
        emit(bid.id, bid.tenderId, {}, () => ['activity', 'bids', i, 'tenderId']);
    }),
    source('IN_BID', 'Member', 'Bid', (emit) => {
      for (const [i, bid] of activity.bids.entries()) {
        for (const [j, t] of bid.team.entries())
          emit(t.member, bid.id, { role: t.role, status: t.status }, () => [
            'activity',
            'bids',
            i,
            'team',
            j,
          ]);
      }
    }),
    source('REGISTERED_FOR', 'Member', 'FiliereEvent', (emit) => {
      for (const [i, event] of activity.filiereEvents.entries()) {
        for (const [j, r] of event.registrations.entries()) {
          emit(r.member, event.id, { at: r.at }, () => ['activity', 'filiereEvents', i, 'registrations', j]);
        }
      }
    }),
  ];
}

const NO_ACTIVITY: NetworkActivity = {
  mentorOffers: [],
  mentorRequests: [],
  tenders: [],
  bids: [],
  filiereEvents: [],
};

/** A seeded tender was typed in by hand: its source names only its place. */
function tenderSourceRow({ tender, placeName }: TenderRecord): Properties {
  return tenderSourceToProperties(handTypedTenderSource(tender.id, placeName));
}
