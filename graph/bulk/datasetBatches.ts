// A NetworkDataset as batches of node rows (one per label) and relationship
// rows (one per type), in load order: every node before any relationship. Both
// adapters load these batches (COPY on Kùzu, UNWIND on Neo4j). References are
// checked first, so a dangling id fails the same way on both engines, naming
// the field, before anything is written.
import type { NetworkActivity, NetworkDataset, TenderRecord } from '../../domain/dataset.js';
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
import { memberKeyRows } from '../repositories/memberKeys.js';

export interface NodeBatch {
  label: string;
  rows: Properties[];
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
  rows: RelationshipRow[];
}

export interface DatasetBatches {
  nodes: NodeBatch[];
  relationships: RelationshipBatch[];
}

const MAX_REPORTED_PROBLEMS = 20;

export function datasetBatches(dataset: NetworkDataset): DatasetBatches {
  const problems: FieldProblem[] = [];
  const activity = dataset.activity ?? NO_ACTIVITY;
  const ids = {
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
  const batch = (type: string, from: keyof typeof ids, to: keyof typeof ids): RelationshipBatch => ({
    type,
    from,
    to,
    rows: [],
  });
  const hasSkill = batch('HAS_SKILL', 'Member', 'Skill');
  const worksFrom = batch('WORKS_FROM', 'Member', 'Space');
  const memberOf = batch('MEMBER_OF', 'Member', 'Community');
  const inFiliere = batch('IN_FILIERE', 'Member', 'Filiere');
  const workedOn = batch('WORKED_ON', 'Member', 'Project');
  const collaborated = batch('COLLABORATED_WITH', 'Member', 'Member');
  const mentors = batch('MENTORS', 'Member', 'Member');
  const partOf = batch('PART_OF', 'Space', 'Community');
  const coreSkill = batch('CORE_SKILL', 'Filiere', 'Skill');
  const broader = batch('BROADER', 'Skill', 'Skill');
  const related = batch('RELATED', 'Skill', 'Skill');
  const requires = batch('REQUIRES', 'Tender', 'Skill');
  const forTender = batch('FOR', 'Bid', 'Tender');
  const inBid = batch('IN_BID', 'Member', 'Bid');
  const registeredFor = batch('REGISTERED_FOR', 'Member', 'FiliereEvent');

  const link = (
    target: RelationshipBatch,
    from: string,
    to: string,
    properties: Properties,
    path: (string | number)[],
  ) => {
    const fromIds = ids[target.from as keyof typeof ids];
    const toIds = ids[target.to as keyof typeof ids];
    if (!fromIds.has(from)) problems.push({ path, message: `unknown ${target.from} "${from}"` });
    else if (!toIds.has(to)) problems.push({ path, message: `unknown ${target.to} "${to}"` });
    else target.rows.push({ from, to, properties });
  };

  for (const [i, skill] of dataset.skills.entries()) {
    if (skill.broader) link(broader, skill.id, skill.broader, {}, ['skills', i, 'broader']);
    for (const [j, other] of skill.related.entries())
      link(related, skill.id, other, {}, ['skills', i, 'related', j]);
  }
  for (const [i, space] of dataset.spaces.entries()) {
    if (space.community) link(partOf, space.id, space.community, {}, ['spaces', i, 'community']);
  }
  for (const [i, filiere] of dataset.filieres.entries()) {
    for (const [j, skill] of filiere.coreSkills.entries()) {
      link(coreSkill, filiere.id, skill, {}, ['filieres', i, 'coreSkills', j]);
    }
  }
  for (const [i, member] of dataset.members.entries()) {
    for (const [j, s] of member.skills.entries()) {
      link(hasSkill, member.id, s.skill, { level: s.level, years: s.years }, [
        'members',
        i,
        'skills',
        j,
        'skill',
      ]);
    }
    for (const [j, space] of member.spaces.entries()) {
      link(worksFrom, member.id, space, {}, ['members', i, 'spaces', j]);
    }
    for (const [j, community] of member.communities.entries()) {
      link(memberOf, member.id, community, {}, ['members', i, 'communities', j]);
    }
    for (const [j, filiere] of member.filieres.entries()) {
      link(inFiliere, member.id, filiere, { role: 'member' }, ['members', i, 'filieres', j]);
    }
  }
  for (const [i, project] of dataset.projects.entries()) {
    for (const [j, m] of project.members.entries()) {
      link(workedOn, m.member, project.id, { role: m.role }, ['projects', i, 'members', j, 'member']);
    }
  }
  for (const [i, c] of dataset.collaborations.entries()) {
    link(collaborated, c.source, c.target, { weight: c.weight }, ['collaborations', i]);
  }
  for (const [i, m] of dataset.mentorships.entries()) {
    if (m.status === 'active' || m.status === 'ended')
      link(mentors, m.mentorId, m.menteeId, {}, ['mentorships', i]);
  }
  for (const [i, { tender }] of activity.tenders.entries()) {
    for (const [j, r] of tender.requirements.entries()) {
      link(requires, tender.id, r.skill, { minLevel: r.minLevel, count: r.count }, [
        'activity',
        'tenders',
        i,
        'requirements',
        j,
      ]);
    }
  }
  for (const [i, bid] of activity.bids.entries()) {
    link(forTender, bid.id, bid.tenderId, {}, ['activity', 'bids', i, 'tenderId']);
    for (const [j, t] of bid.team.entries()) {
      link(inBid, t.member, bid.id, { role: t.role, status: t.status }, ['activity', 'bids', i, 'team', j]);
    }
  }
  for (const [i, event] of activity.filiereEvents.entries()) {
    for (const [j, r] of event.registrations.entries()) {
      link(registeredFor, r.member, event.id, { at: r.at }, [
        'activity',
        'filiereEvents',
        i,
        'registrations',
        j,
      ]);
    }
  }

  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_REPORTED_PROBLEMS);
    const more = problems.length - shown.length;
    throw new BadUserInputError(shown, more > 0 ? `${formatProblems(shown)} (and ${more} more)` : undefined);
  }

  return {
    nodes: [
      { label: 'Skill', rows: dataset.skills.map(skillToProperties) },
      { label: 'Community', rows: dataset.communities.map(communityToProperties) },
      { label: 'Space', rows: dataset.spaces.map(spaceToProperties) },
      { label: 'Filiere', rows: dataset.filieres.map(filiereToProperties) },
      // A bulk-loaded member's place in the search change feed is its `updatedAt` (changeSequence.ts).
      {
        label: 'Member',
        rows: dataset.members.map((m) => ({ ...memberToProperties(m), changeSeq: m.updatedAt })),
      },
      { label: 'MemberKey', rows: memberKeyRows(dataset.members) },
      { label: 'Project', rows: dataset.projects.map(projectToProperties) },
      { label: 'Mentorship', rows: dataset.mentorships.map(mentorshipToProperties) },
      { label: 'MentorOffer', rows: activity.mentorOffers.map(mentorOfferToProperties) },
      { label: 'MentorRequest', rows: activity.mentorRequests.map(mentorRequestToProperties) },
      // Like members, a bulk-loaded tender's place in the search change feed is its `updatedAt`.
      {
        label: 'Tender',
        rows: activity.tenders.map((t) => ({
          ...tenderToProperties(t.tender),
          changeSeq: t.tender.updatedAt,
        })),
      },
      { label: 'TenderSource', rows: activity.tenders.map(tenderSourceRow) },
      { label: 'Bid', rows: activity.bids.map(bidToProperties) },
      {
        label: 'FiliereEvent',
        rows: activity.filiereEvents.map(({ registrations: _registrations, ...event }) => ({ ...event })),
      },
    ],
    relationships: [
      broader,
      related,
      partOf,
      coreSkill,
      hasSkill,
      worksFrom,
      memberOf,
      inFiliere,
      workedOn,
      collaborated,
      mentors,
      requires,
      forTender,
      inBid,
      registeredFor,
    ],
  };
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
  return tenderSourceToProperties({
    tenderId: tender.id,
    lot: null,
    noticeKey: null,
    noticeId: null,
    noticeVersion: null,
    lotId: null,
    nuts: null,
    placeName,
    cpv: [],
  });
}
