// GraphQL documents of the product screens: tenders and notices, team suggestions and bids,
// invitations and peer suggestions (live), mentoring (see api/schema/tender.ts, bid.ts,
// notice.ts, peers.ts, mentoring.ts, subscriptions.ts).
import type { BidStatus, InvitationStatus, Role, SkillSummary, TenderStatus } from './types.js';

export const PRODUCT_REFERENCE = `
  query ProductReference {
    skills { slug label broader { slug } altLabels }
    spaces { slug name city country location { lat lon } }
    me { member { spaces { slug } } }
  }
`;
export interface ProductReferenceData {
  skills: { slug: string; label: string; broader: { slug: string } | null; altLabels: string[] }[];
  spaces: {
    slug: string;
    name: string;
    city: string | null;
    country: string;
    location: { lat: number; lon: number } | null;
  }[];
  /** The author's own spaces: the default place of a new tender. */
  me: { member: { spaces: { slug: string }[] } | null } | null;
}

/** What a tender card shows (the list and the lots of an imported notice): its facts, not its teams. */
const TENDER_CARD_FIELDS = `
  tenderId title buyer deadline status expired budget currency radiusKm placeName networkWide lot
  requirements { skillId minLevel count skill { slug label } }
`;
const TENDER_FIELDS = `
  ${TENDER_CARD_FIELDS} description maxTeamSize
  location { lat lon }
  sourceNotice { noticeId placeName nuts cpv }
`;
export interface TenderRequirementData {
  skillId: string;
  minLevel: number;
  count: number;
  skill: SkillSummary | null;
}
export interface TenderCardData {
  tenderId: string;
  title: string;
  buyer: string;
  deadline: string | null;
  status: TenderStatus;
  /** Its deadline has passed. */
  expired: boolean;
  budget: number | null;
  currency: string | null;
  radiusKm: number | null;
  placeName: string | null;
  /** No place: teams are looked for in the whole network. */
  networkWide: boolean;
  lot: string | null;
  requirements: TenderRequirementData[];
}
export interface TenderData extends TenderCardData {
  description: string;
  maxTeamSize: number | null;
  location: { lat: number; lon: number } | null;
  sourceNotice: { noticeId: string; placeName: string | null; nuts: string | null; cpv: string[] } | null;
}

/** Tenders, newest first, 20 a page: forwards with first/after, backwards with last/before. */
export const TENDERS_LIST = `
  query TendersList($first: Int, $after: String, $last: Int, $before: String) {
    tenders(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { node { ${TENDER_CARD_FIELDS} } }
    }
  }
`;
export const TENDERS_PAGE_SIZE = 20;
export interface TendersListData {
  tenders: {
    totalCount: number;
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
    edges: { node: TenderCardData }[];
  };
}

export const EXTRACT_TENDER_SKILLS = `
  query ExtractTenderSkills($text: String!) {
    extractTenderSkills(text: $text) { skillId because skill { slug label } }
    extractTenderDeadline(text: $text) { deadline because }
  }
`;
export interface SkillCandidateData {
  skillId: string;
  because: string;
  skill: SkillSummary | null;
}
export interface ExtractTenderSkillsData {
  extractTenderSkills: SkillCandidateData[];
  extractTenderDeadline: { deadline: string; because: string } | null;
}

export const CREATE_TENDER = `
  mutation CreateTender($input: TenderInput!) { createTender(input: $input) { tenderId } }
`;
export interface CreateTenderData {
  createTender: { tenderId: string };
}

export const IMPORT_NOTICE = `
  mutation ImportNotice($xml: String!) {
    importNotice(xml: $xml) {
      created
      notice { noticeId title buyer deadline }
      tenders { ${TENDER_CARD_FIELDS} }
    }
  }
`;
export interface ImportNoticeData {
  importNotice: {
    created: boolean;
    notice: { noticeId: string; title: string; buyer: string; deadline: string | null };
    tenders: TenderCardData[];
  };
}

/** One reason a team was suggested: a code and its parameters (see domain/entities/teamReasons.ts). */
export interface TeamReasonData {
  code: string;
  params: Record<string, unknown>;
}

export interface TeamSuggestionData {
  suggestionId: string;
  score: number;
  createdAt: string;
  /** False for a partial team (some requirement is not covered). */
  complete: boolean;
  /** For a replacement proposal: the memberId of who drops out. */
  replaces: string | null;
  reasons: TeamReasonData[];
  /** Members the reasons name: null member when hidden; erased when they left the network. */
  named: { memberId: string; erased: boolean; member: { name: string } | null }[];
  namedSkills: { slug: string; label: string }[];
  members: { memberId: string; role: string | null; member: { handle: string; name: string } | null }[];
  /** Every pair of members (by memberId) with its hop distance, 1 = already worked together, capped at 5. */
  pairs: { a: string; b: string; distance: number }[];
}

const TEAM_SUGGESTION_FIELDS = `
  suggestionId score createdAt complete replaces reasons { code params }
  named { memberId erased member { name } } namedSkills { slug label }
  members { memberId role member { handle name } } pairs { a b distance }
`;

export const TENDER_PAGE = `
  query TenderPage($id: String!) {
    tender(id: $id) {
      ${TENDER_FIELDS}
      myBids { bidId status }
      teamSuggestions { ${TEAM_SUGGESTION_FIELDS} }
    }
  }
`;
export interface TenderPageData {
  tender:
    | (TenderData & {
        myBids: { bidId: string; status: BidStatus }[];
        teamSuggestions: TeamSuggestionData[];
      })
    | null;
}

/** Replacement proposals of a bid's tender (read by the bid page). */
export const TEAM_SUGGESTIONS = `
  query TeamSuggestions($id: String!) { tender(id: $id) { tenderId teamSuggestions { ${TEAM_SUGGESTION_FIELDS} } } }
`;
export interface TeamSuggestionsData {
  tender: { tenderId: string; teamSuggestions: TeamSuggestionData[] } | null;
}

export const SUGGEST_TEAMS = `
  mutation SuggestTeams($tenderId: String!, $k: Int, $includeMe: Boolean) {
    suggestTeams(tenderId: $tenderId, k: $k, includeMe: $includeMe)
  }
`;

export const UPDATE_TENDER_REQUIREMENTS = `
  mutation UpdateTenderRequirements($id: String!, $input: TenderInput!) {
    updateTender(id: $id, input: $input) { tenderId radiusKm requirements { skillId minLevel count skill { slug label } } }
  }
`;

export const DISMISS_TEAM_SUGGESTION = `
  mutation DismissTeamSuggestion($id: String!) { dismissTeamSuggestion(suggestionId: $id) }
`;
export const RESTORE_TEAM_SUGGESTION = `
  mutation RestoreTeamSuggestion($id: String!) { restoreTeamSuggestion(suggestionId: $id) }
`;

export const CANCEL_BID = `mutation CancelBid($bidId: String!) { cancelBid(bidId: $bidId) { bidId status } }`;
export interface SuggestTeamsData {
  suggestTeams: string;
}

export const JOB_PROGRESS = `
  subscription JobProgress($id: ID!) {
    jobProgress(id: $id) { jobId state error progress { phase done total } }
  }
`;
export interface JobProgressData {
  jobProgress: {
    jobId: string;
    state: 'WAITING' | 'DELAYED' | 'ACTIVE' | 'COMPLETED' | 'FAILED';
    error: string | null;
    progress: { phase: string; done: number; total: number } | null;
  };
}

export const CREATE_BID = `
  mutation CreateBid($tenderId: String!, $fromSuggestion: String, $message: String) {
    createBid(tenderId: $tenderId, fromSuggestion: $fromSuggestion, message: $message) { bidId }
  }
`;
export interface CreateBidData {
  createBid: { bidId: string };
}

const BID_FIELDS = `
  bidId leadId status message
  tender { tenderId title }
  team { memberId role status email skill { slug label } member { handle name } }
`;
export interface BidTeamMemberData {
  memberId: string;
  role: string;
  status: InvitationStatus;
  /** Shown between the lead and a member once the member accepted. */
  email: string | null;
  /** The requirement's skill (null for the lead). */
  skill: { slug: string; label: string } | null;
  member: { handle: string; name: string } | null;
}
export interface BidData {
  bidId: string;
  leadId: string;
  status: BidStatus;
  message: string;
  tender: { tenderId: string; title: string };
  team: BidTeamMemberData[];
}

export const BID_PAGE = `query BidPage($id: String!) { bid(id: $id) { ${BID_FIELDS} } }`;
export interface BidPageData {
  bid: BidData | null;
}

export const BID_UPDATED = `
  subscription BidUpdated($id: ID!) { bidUpdated(id: $id) { bidId status updatedAt } }
`;

export const SUGGEST_REPLACEMENT = `
  mutation SuggestReplacement($bidId: String!, $memberId: String!) {
    suggestReplacement(bidId: $bidId, memberId: $memberId)
  }
`;
export interface SuggestReplacementData {
  suggestReplacement: string;
}

export const INVITE_TO_BID = `
  mutation InviteToBid($bidId: String!, $memberId: String!, $requirement: String!) {
    inviteToBid(bidId: $bidId, memberId: $memberId, requirement: $requirement) { bidId }
  }
`;

export const MY_INVITATIONS = `
  query MyInvitations {
    myBids { role skill { slug label } invitation bid { bidId status message tender { tenderId title } } }
    myPeerSuggestions(first: 10) { id explanation member { handle name } }
  }
`;
export interface MyInvitationsData {
  myBids: {
    role: string;
    skill: { slug: string; label: string } | null;
    invitation: BidTeamMemberData['status'];
    bid: { bidId: string; status: BidStatus; message: string; tender: { tenderId: string; title: string } };
  }[];
  myPeerSuggestions: { id: string; explanation: string; member: { handle: string; name: string } }[];
}

export const RESPOND_TO_INVITATION = `
  mutation RespondToInvitation($bidId: String!, $accept: Boolean!) {
    respondToInvitation(bidId: $bidId, accept: $accept) { bidId }
  }
`;
export const DISMISS_PEER_SUGGESTION = `
  mutation DismissPeerSuggestion($id: ID!) { dismissPeerSuggestion(suggestion: $id) }
`;
export const RESTORE_PEER_SUGGESTION = `
  mutation RestorePeerSuggestion($id: ID!) { restorePeerSuggestion(suggestion: $id) }
`;
export const REFRESH_MY_SUGGESTIONS = 'mutation RefreshMySuggestions { refreshMySuggestions }';

export const MY_INVITATIONS_LIVE = `
  subscription MyInvitationsLive { myInvitations { bidId status at } }
`;
export const MY_SUGGESTIONS_LIVE = `
  subscription MySuggestionsLive { mySuggestions { kind jobId at } }
`;

export type MentoringMode = 'REMOTE' | 'IN_PERSON' | 'EITHER';

export const MY_MENTORING = `
  query MyMentoring {
    myMentorRequest { skills languages mode goals status }
    myMentorOffer { skills capacity languages mode status }
    myMentorships {
      id status mentorId menteeId mentorAccepted menteeAccepted reasons partnerEmail
      mentor { handle name } mentee { handle name }
    }
  }
`;
export interface MentorshipData {
  id: string;
  status: string;
  mentorId: string;
  menteeId: string;
  mentorAccepted: boolean | null;
  menteeAccepted: boolean | null;
  reasons: string[];
  /** The other side's e-mail, once both accepted. */
  partnerEmail: string | null;
  mentor: { handle: string; name: string } | null;
  mentee: { handle: string; name: string } | null;
}
export interface MyMentoringData {
  myMentorRequest: {
    skills: string[];
    languages: string[];
    mode: MentoringMode;
    goals: string;
    status: string;
  } | null;
  myMentorOffer: {
    skills: string[];
    capacity: number;
    languages: string[];
    mode: MentoringMode;
    status: string;
  } | null;
  myMentorships: MentorshipData[];
}

export const TOP_MENTORS = `
  query TopMentors { topMentors(n: 5) { mentorId score freePlaces reasons mentor { handle name } } }
`;
export interface TopMentorsData {
  topMentors: {
    mentorId: string;
    score: number;
    freePlaces: number;
    reasons: string[];
    mentor: { handle: string; name: string } | null;
  }[];
}

export const REQUEST_MENTOR = `
  mutation RequestMentor($input: MentorRequestInput!) { requestMentor(input: $input) { status } }
`;
export const OFFER_MENTORING = `
  mutation OfferMentoring($input: MentorOfferInput!) { offerMentoring(input: $input) { status } }
`;
export const ASK_MENTOR = `
  mutation AskMentor($mentorId: String!) { askMentor(mentorId: $mentorId) { id status } }
`;
export const RESPOND_TO_MENTORSHIP = `
  mutation RespondToMentorship($id: ID!, $accept: Boolean!) {
    respondToMentorship(id: $id, accept: $accept) { id status }
  }
`;

export const CONSEILLER_DASHBOARD = `
  query ConseillerDashboard {
    me { roles scopeFilieres }
    filieres { slug label growth { month joined total } }
    proposedFilieres { id size growth cities explanation labels { fr en nl } skills { slug label } }
  }
`;
export interface GrowthPointData {
  month: string;
  joined: number;
  total: number;
}
export interface ConseillerDashboardData {
  me: { roles: Role[]; scopeFilieres: string[] } | null;
  filieres: { slug: string; label: string; growth: GrowthPointData[] }[];
  proposedFilieres: {
    id: string;
    size: number;
    growth: number;
    cities: string[];
    explanation: string;
    labels: { fr: string; en: string; nl: string };
    skills: SkillSummary[];
  }[];
}

export const FILIERE_INVITATIONS = `
  query FiliereInvitations($filiere: String!) {
    filiereInvitationSuggestions(filiere: $filiere) { id explanation member { handle name } }
  }
`;
export interface FiliereInvitationsData {
  filiereInvitationSuggestions: {
    id: string;
    explanation: string;
    member: { handle: string; name: string };
  }[];
}

export const REQUEST_FILIERE_SUGGESTIONS = `
  mutation RequestFiliereSuggestions($filiere: String) { requestFiliereSuggestions(filiere: $filiere) }
`;
export interface RequestFiliereSuggestionsData {
  requestFiliereSuggestions: string;
}
export const ACCEPT_FILIERE_PROPOSAL = `
  mutation AcceptFiliereProposal($id: ID!) { acceptFiliereProposal(suggestion: $id) { slug } }
`;
export const DISMISS_FILIERE_SUGGESTION = `
  mutation DismissFiliereSuggestion($id: ID!) { dismissSuggestion(suggestion: $id) }
`;
