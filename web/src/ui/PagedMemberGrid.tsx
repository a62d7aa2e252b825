// A page of members as cards with the pager under them: the filière, space (and any other
// slug page listing members by cursor) show their members the same way.
import type { MembersConnection } from '../graphql/types.js';
import { MemberCard, MemberGrid } from './MemberCard.js';
import { Pager } from './Pager.js';
import { Empty } from './Status.js';
import type { usePagedCursor } from './usePagedCursor.js';

interface PagedMemberGridProps {
  members: MembersConnection;
  paging: ReturnType<typeof usePagedCursor>;
  /** Said instead of an empty grid; without it an empty grid is shown. */
  empty?: string;
}

export function PagedMemberGrid({ members, paging, empty }: PagedMemberGridProps) {
  return (
    <>
      {empty !== undefined && members.edges.length === 0 ? (
        <Empty>{empty}</Empty>
      ) : (
        <MemberGrid>
          {members.edges.map(({ node }) => (
            <li key={node.handle}>
              <MemberCard member={node} />
            </li>
          ))}
        </MemberGrid>
      )}
      <Pager
        page={paging.page}
        hasNext={members.pageInfo.hasNextPage}
        onPrevious={paging.previous}
        onNext={() => paging.next(members.pageInfo.endCursor)}
      />
    </>
  );
}
