// The shapes the screens read from the GraphQL API (see api/schema/*.ts).
// GraphQL enum values are UPPER_CASE (api/schema/upperCaseEnum.ts); the screens compare and send them as is.
export type Availability = 'AVAILABLE' | 'LIMITED' | 'UNAVAILABLE';
export type SpaceKind = 'ARTIST_SPACE' | 'COWORKING' | 'FABLAB' | 'OFFICE' | 'OTHER' | 'TIERS_LIEU';
export type Role = 'MEMBER' | 'CONSEILLER' | 'SPACE_MANAGER' | 'ADMIN';
export type BidStatus = 'DRAFT' | 'INVITING' | 'FORMED' | 'SUBMITTED' | 'WON' | 'LOST' | 'CANCELLED';
export type InvitationStatus = 'INVITED' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN';
export type TenderStatus = 'OPEN' | 'CLOSED';
/** The `Language` enum: the interface language ('fr') in upper case. */
export type GraphqlLanguage = 'FR' | 'NL' | 'EN';

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

/** An enum value as the message catalogue keys it ('TIERS_LIEU' → 'tiers_lieu' in "spaceKind.tiers_lieu"). */
export function messageKeyOf<T extends string>(value: T): Lowercase<T> {
  return value.toLowerCase() as Lowercase<T>;
}

/** The interface language as the `Language` enum ('fr' → 'FR'). */
export function graphqlLanguage(language: 'fr' | 'nl' | 'en'): GraphqlLanguage {
  return language.toUpperCase() as GraphqlLanguage;
}
