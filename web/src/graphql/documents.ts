// The GraphQL documents of the screens, with their result types.
import type {
  BidStatus,
  FiliereSummary,
  MemberCardData,
  MembersConnection,
  NamedSlug,
  PlaceOption,
  SkillOption,
  SkillSummary,
  SpaceKind,
  SpaceOption,
  SpaceSummary,
} from './types.js';

const MEMBER_CARD = `
  handle name city country availability isNewcomer
  skills { level skill { slug label } }
`;

const MEMBERS_PAGE = `
  totalCount
  pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
  edges { node { ${MEMBER_CARD} } }
`;

export const DIRECTORY_FACETS = `
  query DirectoryFacets {
    skills { slug label broader { slug } altLabels }
    spaces { slug name city country kind location { lat lon } }
    communities { slug name }
    filieres { slug label }
  }
`;
export interface DirectoryFacetsData {
  skills: SkillOption[];
  spaces: SpaceOption[];
  communities: NamedSlug[];
  filieres: FiliereSummary[];
}

export const DIRECTORY_MEMBERS = `
  query DirectoryMembers($filter: MemberFilter, $first: Int, $after: String, $last: Int, $before: String) {
    members(filter: $filter, first: $first, after: $after, last: $last, before: $before) { ${MEMBERS_PAGE} }
  }
`;
export interface DirectoryMembersData {
  members: MembersConnection;
}

/**
 * Free-text search (typos, fr/en/nl trades) with the same filters, and the place search: around a
 * place, with or without text, nearest first when there is no text. Each hit names the skills the
 * search matched.
 */
export const SEARCH_MEMBERS = `
  query SearchMembers($query: String!, $filters: MemberSearchFilters, $near: GeoRadiusInput, $sort: MemberSearchSort,
    $first: Int, $after: String, $last: Int, $before: String) {
    searchMembers(query: $query, filters: $filters, near: $near, sort: $sort,
      first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
      edges { node { distanceKm matchedSkills { slug } member { ${MEMBER_CARD} } } }
    }
  }
`;
export interface SearchMembersData {
  searchMembers: {
    totalCount: number;
    pageInfo: MembersConnection['pageInfo'];
    edges: {
      node: { distanceKm: number | null; matchedSkills: { slug: string }[]; member: MemberCardData };
    }[];
  };
}
export interface MemberSearchFilters {
  skill?: string[];
  space?: string[];
  community?: string[];
  filiere?: string[];
  city?: string[];
}

export const MEMBER_PROFILE = `
  query MemberProfile($handle: String!) {
    member(handle: $handle) {
      id handle name bio city country languages availability isNewcomer joinedAt offersMentoring
      skills { level years skill { slug label } }
      spaces { slug name city country }
      communities { slug name }
      filieres { role filiere { slug label } }
      projects { role project { id title startedAt endedAt } }
      collaborators(first: 8) { weight member { handle name city } }
      mentors { handle name }
      mentees { handle name }
    }
  }
`;
export interface MemberProfileData {
  member: {
    id: string;
    handle: string;
    name: string;
    bio: string;
    city: string | null;
    country: string | null;
    languages: string[];
    availability: MemberCardData['availability'];
    isNewcomer: boolean;
    joinedAt: string;
    /** Null for signed-out visitors. */
    offersMentoring: boolean | null;
    skills: { level: number; years: number; skill: SkillSummary }[];
    spaces: SpaceSummary[];
    communities: NamedSlug[];
    filieres: { role: string; filiere: FiliereSummary }[];
    projects: {
      role: string;
      project: { id: string; title: string; startedAt: string; endedAt: string | null };
    }[];
    collaborators: { weight: number; member: { handle: string; name: string; city: string | null } }[];
    mentors: { handle: string; name: string }[];
    mentees: { handle: string; name: string }[];
  } | null;
}

export const SPACES_LIST = `
  query SpacesList {
    spaces { slug name city country kind membersCount community { slug name } }
  }
`;
export interface SpacesListData {
  spaces: (SpaceSummary & { kind: SpaceKind; membersCount: number; community: NamedSlug | null })[];
}

export const SPACE_PAGE = `
  query SpacePage($slug: String!, $first: Int, $after: String) {
    space(slug: $slug) {
      slug name city country kind description membersCount
      community { slug name }
      members(first: $first, after: $after) { ${MEMBERS_PAGE} }
    }
  }
`;
export interface SpacePageData {
  space:
    | (SpaceSummary & {
        kind: SpaceKind;
        description: string;
        membersCount: number;
        community: NamedSlug | null;
        members: MembersConnection;
      })
    | null;
}

export const SKILLS_LIST = `
  query SkillsList {
    skills { slug label broader { slug } altLabels }
  }
`;
export interface SkillsListData {
  skills: SkillOption[];
}

export const SKILL_PAGE = `
  query SkillPage($slug: String!) {
    skill(slug: $slug) {
      slug label altLabels
      broader { slug label }
      narrower { slug label }
      related { slug label }
    }
    membersWithSkill(skill: $slug, first: 24) { level member { ${MEMBER_CARD} } }
  }
`;
export interface SkillPageData {
  skill:
    | (SkillSummary & {
        altLabels: string[];
        broader: SkillSummary | null;
        narrower: SkillSummary[];
        related: SkillSummary[];
      })
    | null;
  membersWithSkill: { level: number; member: MemberCardData }[];
}

export const FILIERES_LIST = `
  query FilieresList {
    filieres { slug label description coreSkills { slug label } }
  }
`;
export interface FilieresListData {
  filieres: (FiliereSummary & { description: string; coreSkills: SkillSummary[] })[];
}

export const FILIERE_PAGE = `
  query FilierePage($slug: String!, $first: Int, $after: String) {
    filiere(slug: $slug) {
      slug label description
      coreSkills { slug label }
      members(first: $first, after: $after) { ${MEMBERS_PAGE} }
    }
  }
`;
export interface FilierePageData {
  filiere:
    | (FiliereSummary & { description: string; coreSkills: SkillSummary[]; members: MembersConnection })
    | null;
}

const PLACE_FIELDS = 'key kind name city country location { lat lon }';

/** Spaces and towns whose name starts with what was typed. */
export const PLACES = `
  query Places($query: String!, $first: Int) {
    places(query: $query, first: $first) { ${PLACE_FIELDS} }
  }
`;
export interface PlacesData {
  places: PlaceOption[];
}

/** A place chosen earlier, restored from the key kept in the address. */
export const PLACE = `
  query Place($key: String!) {
    place(key: $key) { ${PLACE_FIELDS} }
  }
`;
export interface PlaceData {
  place: PlaceOption | null;
}

/** Bids I lead that still take invitations, with their requirements. */
export const MY_LED_BIDS = `
  query MyLedBids {
    myBids { role bid { bidId status tender { title requirements { skillId skill { label } } } } }
  }
`;
export interface MyLedBidsData {
  myBids: {
    role: string;
    bid: {
      bidId: string;
      status: BidStatus;
      tender: { title: string; requirements: { skillId: string; skill: { label: string } | null }[] };
    };
  }[];
}

/** Whether I have an open mentor request (asking a mentor needs one). */
export const MY_REQUEST_STATUS = 'query MyRequestStatus { myMentorRequest { status } }';
export interface MyRequestStatusData {
  myMentorRequest: { status: string } | null;
}
