// Tender alerts: what a member follows among procurement notices (CPV codes,
// skills, NUTS regions), optionally on behalf of a filière they animate. The
// notice import reads them all to find whom a new tender concerns; followers
// are few next to members, so one scan per import is cheap.
import type { TenderAlert } from '../../domain/entities/tenderAlert.js';
import type { GraphStore, Row } from '../graphStore.js';
import { projection } from '../properties/projection.js';
import { nullableText, numeric, storedList, text, textList } from '../properties/rowValues.js';

const ALERT_PROPERTIES = ['id', 'memberId', 'filiereId', 'cpv', 'skills', 'regions', 'createdAt'] as const;
const COLUMNS = projection('a', ALERT_PROPERTIES);

export class AlertRepository {
  constructor(private readonly store: GraphStore) {}

  async create(alert: TenderAlert): Promise<void> {
    await this.store.write(
      `CREATE (:TenderAlert {id: $id, memberId: $memberId, filiereId: $filiereId, cpv: $cpv,
        skills: $skills, regions: $regions, createdAt: $createdAt})`,
      {
        ...alert,
        cpv: storedList(alert.cpv),
        skills: storedList(alert.skills),
        regions: storedList(alert.regions),
      },
    );
  }

  async get(id: string): Promise<TenderAlert | null> {
    const rows = await this.store.read(`MATCH (a:TenderAlert {id: $id}) RETURN ${COLUMNS}`, { id });
    return rows[0] ? alertFromRow(rows[0]) : null;
  }

  /** A member's alerts, oldest first. */
  async listByMember(memberId: string): Promise<TenderAlert[]> {
    const rows = await this.store.read(
      `MATCH (a:TenderAlert) WHERE a.memberId = $memberId RETURN ${COLUMNS} ORDER BY a.createdAt, a.id`,
      { memberId },
    );
    return rows.map(alertFromRow);
  }

  /** Every alert of the network (the notice import matches new tenders against them). */
  async all(): Promise<TenderAlert[]> {
    const rows = await this.store.read(`MATCH (a:TenderAlert) RETURN ${COLUMNS} ORDER BY a.id`);
    return rows.map(alertFromRow);
  }

  async delete(id: string): Promise<void> {
    await this.store.write('MATCH (a:TenderAlert {id: $id}) DELETE a', { id });
  }

  /** Erasure: the member's alerts go. */
  async deleteForMember(memberId: string): Promise<void> {
    await this.store.write('MATCH (a:TenderAlert) WHERE a.memberId = $memberId DELETE a', { memberId });
  }
}

export function alertFromRow(row: Row): TenderAlert {
  return {
    id: text(row, 'id'),
    memberId: text(row, 'memberId'),
    filiereId: nullableText(row, 'filiereId'),
    cpv: textList(row, 'cpv'),
    skills: textList(row, 'skills'),
    regions: textList(row, 'regions'),
    createdAt: numeric(row, 'createdAt'),
  };
}
