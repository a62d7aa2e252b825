// A whole network as plain data: what the seed generator produces, what bulk
// loads write into a graph store, and what `export` of a store gives back.
import type { InBid } from './entities/bid.js';
import type { Community } from './entities/community.js';
import type { Filiere } from './entities/filiere.js';
import type { FiliereEventRecord } from './entities/filiereEvent.js';
import type { MemberRecord } from './entities/member.js';
import type { MentorOffer } from './entities/mentorOffer.js';
import type { MentorRequest } from './entities/mentorRequest.js';
import type { Mentorship } from './entities/mentorship.js';
import type { CollaboratedWith, Project } from './entities/project.js';
import type { Skill } from './entities/skill.js';
import type { Space } from './entities/space.js';
import type { Tender } from './entities/tender.js';

export interface ProjectRecord extends Project {
  /** (Member)-[:WORKED_ON {role}]->(Project) */
  members: { member: string; role: string }[];
}

export interface NetworkDataset {
  skills: Skill[];
  spaces: Space[];
  communities: Community[];
  filieres: Filiere[];
  /** Members with their HAS_SKILL, WORKS_FROM, MEMBER_OF and IN_FILIERE (role "member") links. */
  members: MemberRecord[];
  projects: ProjectRecord[];
  /** COLLABORATED_WITH, stored once per unordered pair (source < target). */
  collaborations: CollaboratedWith[];
  /** Active or ended mentorships become MENTORS edges. */
  mentorships: Mentorship[];
  /** What members are doing right now (the demo seed's living network); absent in imports. */
  activity?: NetworkActivity;
}

/** A tender with its REQUIRES links and the place its point stands for. */
export interface TenderRecord {
  tender: Tender;
  placeName: string | null;
}

/** A Bid node, (Bid)-[:FOR]->(Tender) and its team as IN_BID links. */
export interface BidRecord {
  id: string;
  tenderId: string;
  leadId: string;
  status: 'draft' | 'inviting' | 'formed' | 'submitted' | 'won' | 'lost';
  createdAt: number;
  updatedAt: number;
  team: Pick<InBid, 'member' | 'role' | 'status'>[];
}

export interface NetworkActivity {
  /** MentorOffer and MentorRequest nodes: one of each per member at most, keyed by the member. */
  mentorOffers: MentorOffer[];
  mentorRequests: MentorRequest[];
  tenders: TenderRecord[];
  bids: BidRecord[];
  /** FiliereEvent nodes and the members (Member)-[:REGISTERED_FOR {at}]-> them. */
  filiereEvents: FiliereEventRecord[];
}
