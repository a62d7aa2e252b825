// Every repository over one store, built once per process and shared by the API and the CLI:
// the one way use cases (services/) reach the graph.
import type { GraphStore } from '../graphStore.js';
import { AlertRepository } from './alertRepository.js';
import { BidRepository } from './bidRepository.js';
import { CollaborationRepository } from './collaborationRepository.js';
import { CommunityRepository } from './communityRepository.js';
import { ErasureRepository } from './erasureRepository.js';
import { FiliereEventRepository } from './filiereEventRepository.js';
import { FiliereGraphRepository } from './filiereGraphRepository.js';
import { FiliereManagementRepository } from './filiereManagementRepository.js';
import { FiliereRepository } from './filiereRepository.js';
import { MemberBatches } from './memberBatches.js';
import { MemberFinder } from './memberFinder.js';
import { MemberNeighbourhood } from './memberNeighbourhood.js';
import { MemberRepository } from './memberRepository.js';
import { MentoringRepository } from './mentoringRepository.js';
import { NetworkSnapshotReader } from './networkSnapshotReader.js';
import { ProjectRepository } from './projectRepository.js';
import { ProposedFiliereRepository } from './proposedFiliereRepository.js';
import { ScopedMemberRepository } from './scopedMemberRepository.js';
import { SearchFeedRepository } from './searchFeedRepository.js';
import { SessionRepository } from './sessionRepository.js';
import { SignInFailureRepository } from './signInFailureRepository.js';
import { SkillRepository } from './skillRepository.js';
import { SpaceRepository } from './spaceRepository.js';
import { SuggestionRepository } from './suggestionRepository.js';
import { TeamRepository } from './teamRepository.js';
import { TenderRepository } from './tenderRepository.js';

export interface GraphRepositories {
  members: MemberRepository;
  memberBatches: MemberBatches;
  memberFinder: MemberFinder;
  neighbourhood: MemberNeighbourhood;
  skills: SkillRepository;
  spaces: SpaceRepository;
  communities: CommunityRepository;
  filieres: FiliereRepository;
  projects: ProjectRepository;
  erasure: ErasureRepository;
  /** Members of a filière or space under the viewer's privacy condition, and a space's availability. */
  scopedMembers: ScopedMemberRepository;
  /** Filière creation, editing, membership and growth. */
  filiereManagement: FiliereManagementRepository;
  filiereEvents: FiliereEventRepository;
  /** Filières proposed from detected communities. */
  filiereProposals: ProposedFiliereRepository;
  /** A filière's members, collaborations and spaces, read whole for its graph. */
  filiereGraph: FiliereGraphRepository;
  /** Mentor requests, offers, rounds and mentorships. */
  mentoring: MentoringRepository;
  /** COLLABORATED_WITH edges and the evidence they are weighed from. */
  collaborations: CollaborationRepository;
  /** The whole member network in a handful of reads, for the filière and peer solvers. */
  networkSnapshot: NetworkSnapshotReader;
  // Tenders, bids, alerts and team suggestions (branch tenders).
  tenders: TenderRepository;
  bids: BidRepository;
  alerts: AlertRepository;
  suggestions: SuggestionRepository;
  teams: TeamRepository;
  /** What the search sync reads (search/sync/ turns it into documents). */
  searchFeed: SearchFeedRepository;
  /** Sign-in sessions and failed sign-ins, purged by the maintenance job. */
  sessions: SessionRepository;
  signInFailures: SignInFailureRepository;
}

export function graphRepositories(store: GraphStore): GraphRepositories {
  const members = new MemberRepository(store);
  return {
    members,
    memberBatches: new MemberBatches(store),
    memberFinder: new MemberFinder(store, members),
    neighbourhood: new MemberNeighbourhood(store),
    skills: new SkillRepository(store),
    spaces: new SpaceRepository(store),
    communities: new CommunityRepository(store),
    filieres: new FiliereRepository(store),
    projects: new ProjectRepository(store),
    erasure: new ErasureRepository(store),
    scopedMembers: new ScopedMemberRepository(store, members),
    filiereManagement: new FiliereManagementRepository(store),
    filiereEvents: new FiliereEventRepository(store),
    filiereProposals: new ProposedFiliereRepository(store),
    filiereGraph: new FiliereGraphRepository(store),
    mentoring: new MentoringRepository(store),
    collaborations: new CollaborationRepository(store),
    networkSnapshot: new NetworkSnapshotReader(store),
    tenders: new TenderRepository(store),
    bids: new BidRepository(store),
    alerts: new AlertRepository(store),
    suggestions: new SuggestionRepository(store),
    teams: new TeamRepository(store),
    searchFeed: new SearchFeedRepository(store),
    sessions: new SessionRepository(store),
    signInFailures: new SignInFailureRepository(store),
  };
}
