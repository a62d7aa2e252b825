// The shapes the screens read from the GraphQL API (see api/schema/*.ts).
export type Availability = 'available' | 'limited' | 'unavailable';
export type SpaceKind = 'artist_space' | 'coworking' | 'fablab' | 'office' | 'other' | 'tiers_lieu';

export interface SkillSummary {
  slug: string;
  label: string;
}

export interface SkillOption extends SkillSummary {
  broader: { slug: string } | null;
  altLabels: string[];
}

export interface SpaceSummary {
  slug: string;
  name: string;
  city: string | null;
  country: string;
}

export interface SpaceOption extends SpaceSummary {
  kind: SpaceKind;
  location: { lat: number; lon: number } | null;
}

export interface NamedSlug {
  slug: string;
  name: string;
}

export interface FiliereSummary {
  slug: string;
  label: string;
}

export interface MemberCardData {
  handle: string;
  name: string;
  city: string | null;
  country: string | null;
  availability: Availability;
  isNewcomer: boolean;
  skills: { level: number; skill: SkillSummary }[];
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  endCursor: string | null;
  startCursor: string | null;
}

export interface MembersConnection {
  totalCount: number;
  pageInfo: PageInfo;
  edges: { node: MemberCardData }[];
}

export interface MemberFilter {
  skill?: string;
  space?: string;
  community?: string;
  filiere?: string;
  city?: string;
}

/** A space or a town to search around (the `places` autocomplete and `place(key)`). */
export interface PlaceOption {
  key: string;
  kind: 'SPACE' | 'TOWN';
  name: string;
  city: string | null;
  country: string;
  location: { lat: number; lon: number };
}
