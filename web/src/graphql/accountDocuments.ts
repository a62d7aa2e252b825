// GraphQL documents of the signed-in journeys: session, own profile, privacy, GDPR rights.
import type { Availability, Role, SkillSummary, SpaceSummary } from './types.js';

export type Visibility = 'NETWORK' | 'SPACES' | 'NOBODY';

export const ME = `
  query Me { me { id email roles member { id handle name } } }
`;
export interface MeData {
  me: {
    id: string;
    email: string;
    roles: Role[];
    member: { id: string; handle: string; name: string } | null;
  } | null;
}

const SESSION_FIELDS = 'token account { id member { handle } }';

export const SIGN_IN = `
  mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { ${SESSION_FIELDS} } }
`;
export const SIGN_UP = `
  mutation SignUp($input: SignUpInput!) { signUp(input: $input) { ${SESSION_FIELDS} } }
`;
export interface SessionData {
  token: string;
  account: { id: string; member: { handle: string } | null };
}

export const SIGN_OUT = 'mutation SignOut { signOut }';

export const MY_PROFILE = `
  query MyProfile {
    me {
      id
      member {
        id handle name bio city country languages availability
        skills { level years skill { slug label } }
        spaces { slug name city country }
        privacy { visibility suggestForBids suggestForMentoring suggestForFilieres }
      }
    }
  }
`;
export interface MyProfile {
  id: string;
  handle: string;
  name: string;
  bio: string;
  city: string | null;
  country: string | null;
  languages: string[];
  availability: Availability;
  skills: { level: number; years: number; skill: SkillSummary }[];
  spaces: SpaceSummary[];
  privacy: {
    visibility: Visibility;
    suggestForBids: boolean;
    suggestForMentoring: boolean;
    suggestForFilieres: boolean;
  };
}
export interface MyProfileData {
  me: { id: string; member: MyProfile | null } | null;
}

export const UPDATE_MY_PROFILE = `
  mutation UpdateMyProfile($input: ProfileInput!) { updateMyProfile(input: $input) { id } }
`;
export const SET_MY_SKILLS = `
  mutation SetMySkills($skills: [SkillLevelInput!]!) { setMySkills(skills: $skills) { id } }
`;
export const SET_MY_SPACES = `
  mutation SetMySpaces($spaces: [String!]!) { setMySpaces(spaces: $spaces) { id } }
`;
export const SET_MY_PRIVACY = `
  mutation SetMyPrivacy($input: PrivacyInput!) { setMyPrivacy(input: $input) { id } }
`;

export const EXPORT_MY_DATA = 'query ExportMyData { exportMyData }';
export interface ExportMyDataData {
  exportMyData: unknown;
}

export const ERASE_ME =
  'mutation EraseMe($confirmHandle: String!) { eraseMe(confirmHandle: $confirmHandle) }';
