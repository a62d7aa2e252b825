// GraphQL documents of the admin's account page: accounts found by e-mail, and their roles.
import type { Role } from './types.js';
export const ADMIN_ACCOUNTS = `
  query AdminAccounts($search: String, $first: Int) {
    accounts(search: $search, first: $first) {
      totalCount
      edges { node { id email roles scopeFilieres scopeSpaces member { handle name } } }
    }
    filieres { slug label }
    spaces { slug name }
  }
`;
export interface AdminAccount {
  id: string;
  email: string;
  roles: Role[];
  scopeFilieres: string[];
  scopeSpaces: string[];
  member: { handle: string; name: string } | null;
}
export interface AdminAccountsData {
  accounts: { totalCount: number; edges: { node: AdminAccount }[] };
  filieres: { slug: string; label: string }[];
  spaces: { slug: string; name: string }[];
}

export const SET_ROLES = `
  mutation SetRoles($email: String!, $roles: [Role!]!, $scopeFilieres: [String!], $scopeSpaces: [String!]) {
    setRoles(email: $email, roles: $roles, scopeFilieres: $scopeFilieres, scopeSpaces: $scopeSpaces) {
      id roles scopeFilieres scopeSpaces
    }
  }
`;
