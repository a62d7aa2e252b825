// Every repository over one store, built once per process and shared by the API and the CLI.
import type { GraphStore } from '../graphStore.js';
import { AlertRepository } from './alertRepository.js';
import { BidRepository } from './bidRepository.js';
import { CommunityRepository } from './communityRepository.js';
import { ErasureRepository } from './erasureRepository.js';
import { FiliereRepository } from './filiereRepository.js';
import { MemberBatches } from './memberBatches.js';
import { MemberFinder } from './memberFinder.js';
import { MemberNeighbourhood } from './memberNeighbourhood.js';
import { MemberRepository } from './memberRepository.js';
import { ProjectRepository } from './projectRepository.js';
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
  // Tenders, bids, alerts and team suggestions (branch tenders).
  tenders: TenderRepository;
  bids: BidRepository;
  alerts: AlertRepository;
  suggestions: SuggestionRepository;
  teams: TeamRepository;
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
    tenders: new TenderRepository(store),
    bids: new BidRepository(store),
    alerts: new AlertRepository(store),
    suggestions: new SuggestionRepository(store),
    teams: new TeamRepository(store),
  };
}
