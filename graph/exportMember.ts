// Everything the graph stores about one member, as plain data: the member's
// right of access (`passerelle export-member`, GraphQL `exportMyData`). Other
// members appear only by id and name; their contact details and profiles are
// theirs. An account's password hash never leaves the server.
import type { Labels } from '../domain/entities/common.js';
import type { FiliereRole } from '../domain/entities/filiere.js';
import type { Member } from '../domain/entities/member.js';
import type { MentorOffer } from '../domain/entities/mentorOffer.js';
import type { MentorRequest } from '../domain/entities/mentorRequest.js';
import type { Mentorship } from '../domain/entities/mentorship.js';
import type { Project } from '../domain/entities/project.js';
import type { HasSkill } from '../domain/entities/skill.js';
import type { TenderAlert } from '../domain/entities/tenderAlert.js';
import { NotFoundError } from '../domain/errors.js';
import type { GraphStore } from './graphStore.js';
import { MENTORSHIP_PROPERTIES, mentorshipFromRow } from './properties/mentorshipProperties.js';
import { projection } from './properties/projection.js';
import { nullableText, numeric, text, textList } from './properties/rowValues.js';
import { graphRepositories } from './repositories/index.js';

/** Another member, named but not described. */
export interface MemberReference {
  id: string;
  name: string;
}

export interface MemberExport {
  /** Includes the e-mail, phone and privacy choices. */
  profile: Member;
  account: { id: string; email: string; roles: string[]; createdAt: number } | null;
  skills: HasSkill[];
  spaces: { id: string; name: string; city: string | null }[];
  communities: { id: string; name: string }[];
  filieres: { id: string; labels: Labels; role: FiliereRole }[];
  projects: (Project & { role: string })[];
  collaborators: MemberReference[];
  mentors: MemberReference[];
  mentees: MemberReference[];
  mentorships: Mentorship[];
  mentorRequest: MentorRequest | null;
  mentorOffer: MentorOffer | null;
  bids: { bid: string; tender: string | null; role: string; status: string }[];
  tenderAlerts: TenderAlert[];
}

export async function exportMember(store: GraphStore, id: string): Promise<MemberExport> {
  const { members, neighbourhood: around, mentoring, alerts } = graphRepositories(store);
  const profile = await members.get(id);
  if (!profile) throw new NotFoundError('Member', id);
  const [account, skills, spaces, communities, filieres, projects, collaborators, mentors, mentees] =
    await Promise.all([
      accountOf(store, id),
      around.skills(id),
      around.spaces(id),
      around.communities(id),
      around.filieres(id),
      around.projects(id),
      collaboratorsOf(store, id),
      around.mentors(id),
      around.mentees(id),
    ]);
  const [mentorships, bids, mentorRequest, mentorOffer, tenderAlerts] = await Promise.all([
    mentorshipsOf(store, id),
    bidsOf(store, id),
    mentoring.getRequest(id),
    mentoring.getOffer(id),
    alerts.listByMember(id),
  ]);
  return {
    profile,
    account,
    skills,
    spaces: spaces.map((s) => ({ id: s.id, name: s.name, city: s.city })),
    communities: communities.map((c) => ({ id: c.id, name: c.name })),
    filieres: filieres.map(({ filiere, role }) => ({ id: filiere.id, labels: filiere.labels, role })),
    projects: projects.map(({ project, role }) => ({ ...project, role })),
    collaborators,
    mentors: mentors.map(reference),
    mentees: mentees.map(reference),
    mentorships,
    mentorRequest,
    mentorOffer,
    bids,
    tenderAlerts,
  };
}

function reference(member: Member): MemberReference {
  return { id: member.id, name: member.name };
}

async function accountOf(store: GraphStore, memberId: string): Promise<MemberExport['account']> {
  const rows = await store.read(
    'MATCH (a:Account) WHERE a.memberId = $memberId ' +
      'RETURN a.id AS id, a.email AS email, a.roles AS roles, a.createdAt AS createdAt',
    { memberId },
  );
  const row = rows[0];
  return row
    ? {
        id: text(row, 'id'),
        email: text(row, 'email'),
        roles: textList(row, 'roles'),
        createdAt: numeric(row, 'createdAt'),
      }
    : null;
}

/** Every collaborator (the neighbourhood's list is capped for display), by id and name only. */
async function collaboratorsOf(store: GraphStore, memberId: string): Promise<MemberReference[]> {
  const rows = await store.read(
    'MATCH (o:Member {id: $memberId})-[:COLLABORATED_WITH]-(m:Member) RETURN DISTINCT m.id AS id, m.name AS name ORDER BY id',
    { memberId },
  );
  return rows.map((row) => ({ id: text(row, 'id'), name: text(row, 'name') }));
}

async function mentorshipsOf(store: GraphStore, memberId: string): Promise<Mentorship[]> {
  const rows = await store.read(
    'MATCH (s:Mentorship) WHERE s.mentorId = $memberId OR s.menteeId = $memberId ' +
      `RETURN ${projection('s', MENTORSHIP_PROPERTIES)} ORDER BY id`,
    { memberId },
  );
  return rows.map(mentorshipFromRow);
}

async function bidsOf(store: GraphStore, memberId: string): Promise<MemberExport['bids']> {
  const rows = await store.read(
    'MATCH (m:Member {id: $memberId})-[r:IN_BID]->(b:Bid) OPTIONAL MATCH (b)-[:FOR]->(t:Tender) ' +
      'RETURN b.id AS bid, t.id AS tender, r.role AS role, r.status AS status ORDER BY bid',
    { memberId },
  );
  return rows.map((row) => ({
    bid: text(row, 'bid'),
    tender: nullableText(row, 'tender'),
    role: text(row, 'role'),
    status: text(row, 'status'),
  }));
}
