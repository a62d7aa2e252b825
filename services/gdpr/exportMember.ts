// The right of access: everything stored about a member, as plain data. The
// member asks for their own (GraphQL `exportMyData`), an admin for anyone's
// (`exportMemberData`, audited by the API), an operator on the command line
// (`passerelle export-member`); all three go through here.

import { exportMember, type MemberExport } from '../../graph/exportMember.js';
import type { Services } from '../services.js';

/** NOT_FOUND for an unknown id. */
export function exportMemberData(services: Pick<Services, 'graph'>, memberId: string): Promise<MemberExport> {
  return exportMember(services.graph, memberId);
}
