// The audit log: every conseiller and admin action and every role change,
// newest first. Details are JSON without personal data; erasing a member
// rewrites their id in old events to "erased".
import type { AuditEvent } from '../../domain/entities/auditEvent.js';
import type { GraphQueryRunner, GraphStore, Row } from '../graphStore.js';
import { projection } from '../properties/projection.js';
import { numeric, text } from '../properties/rowValues.js';
import { checkedPage, type Page, type PageOf } from './page.js';

const AUDIT_PROPERTIES = ['id', 'actorId', 'action', 'targetKind', 'targetId', 'at', 'details'] as const;
const AUDIT_COLUMNS = projection('e', AUDIT_PROPERTIES);

const CREATE_EVENT = `CREATE (:AuditEvent {${AUDIT_PROPERTIES.map((p) => `${p}: $${p}`).join(', ')}})`;

/** What replaces an erased member's or account's id in the log. */
export const ERASED = 'erased';

export class AuditRepository {
  constructor(private readonly store: GraphStore) {}

  async record(event: AuditEvent): Promise<void> {
    await this.store.write(CREATE_EVENT, event);
  }

  async list(page: Page, filter: { action?: string } = {}): Promise<PageOf<AuditEvent>> {
    const { offset, limit } = checkedPage(page);
    const where = filter.action === undefined ? '' : 'WHERE e.action = $action';
    const params = { offset, limit, action: filter.action ?? '' };
    const [rows, counts] = await Promise.all([
      this.store.read(
        `MATCH (e:AuditEvent) ${where} RETURN ${AUDIT_COLUMNS} ORDER BY e.at DESC, e.id DESC SKIP $offset LIMIT $limit`,
        params,
      ),
      this.store.read<{ n: number }>(`MATCH (e:AuditEvent) ${where} RETURN count(e) AS n`, params),
    ]);
    return { items: rows.map(eventFromRow), totalCount: counts[0]?.n ?? 0 };
  }
}

/**
 * Erasure: the given ids (a member's and their accounts') become "erased"
 * wherever they appear as actor or target; run inside the erasure's transaction.
 */
export async function anonymiseInAudit(tx: GraphQueryRunner, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    await tx.run('MATCH (e:AuditEvent) WHERE e.actorId = $id SET e.actorId = $erased', {
      id,
      erased: ERASED,
    });
    await tx.run('MATCH (e:AuditEvent) WHERE e.targetId = $id SET e.targetId = $erased', {
      id,
      erased: ERASED,
    });
  }
}

/** One event written inside a larger transaction (the erasure's closing event). */
export async function recordInTransaction(tx: GraphQueryRunner, event: AuditEvent): Promise<void> {
  await tx.run(CREATE_EVENT, event);
}

function eventFromRow(row: Row): AuditEvent {
  return {
    id: text(row, 'id'),
    actorId: text(row, 'actorId'),
    action: text(row, 'action'),
    targetKind: text(row, 'targetKind'),
    targetId: text(row, 'targetId'),
    at: numeric(row, 'at'),
    details: text(row, 'details'),
  };
}
