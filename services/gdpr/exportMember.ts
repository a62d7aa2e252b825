// The right of access: everything stored about a member, as plain data. The
// member asks for their own (GraphQL `exportMyData`), an admin for anyone's by
// handle (`exportMemberData`, audited), an operator on the command line
// (`passerelle export-member`, by id); all three go through here.
import { exportMember, type MemberExport } from '../../graph/exportMember.js';
import { recordAction } from '../audit/recordAction.js';
import type { Services } from '../services.js';
import { actingMemberId, type UseCaseContext } from '../useCaseContext.js';
import { memberIdByHandle } from './memberIdByHandle.js';

/** NOT_FOUND for an unknown id. */
export function exportMemberData(services: Pick<Services, 'graph'>, memberId: string): Promise<MemberExport> {
  return exportMember(services.graph, memberId);
}

/** The acting member's own data. */
export function exportOwnData(context: UseCaseContext): Promise<MemberExport> {
  return exportMemberData(context.services, actingMemberId(context));
}

/** An admin's export of a member named by handle, written to the audit log (without the data). */
export async function exportMemberByHandle(context: UseCaseContext, handle: string): Promise<MemberExport> {
  const id = await memberIdByHandle(context.services, handle);
  const data = await exportMemberData(context.services, id);
  await recordAction(context, 'member.exported', { kind: 'Member', id });
  return data;
}
