// Tenders (calls for tenders with skill requirements), their source (lot and
// procurement notice) and imported notices. A tender is written in one
// transaction: the node, one REQUIRES relationship per requirement (CREATE,
// never MERGE: see graph/kuzu), and its TenderSource row. Lists scan the Tender
// table: a network holds hundreds of tenders, not millions.
import type { NoticeRecord } from '../../domain/entities/notice.js';
import type { Requirement, Tender } from '../../domain/entities/tender.js';
import type { TenderSource } from '../../domain/entities/tenderSource.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../domain/errors.js';
import { foldText } from '../../domain/taxonomy.js';
import type { GraphQueryRunner, GraphStore } from '../graphStore.js';
import { projection } from '../properties/projection.js';
import {
  NOTICE_PROPERTIES,
  noticeFromRow,
  noticeToProperties,
  requirementFromRow,
  TENDER_PROPERTIES,
  TENDER_SOURCE_PROPERTIES,
  tenderFromRow,
  tenderSourceFromRow,
  tenderSourceToProperties,
  tenderToProperties,
} from '../properties/tenderProperties.js';
import { stampChange } from './changeSequence.js';
import { checkedPage, type Page, type PageOf } from './page.js';

export interface TenderSearch {
  /** Words looked for in the title, buyer, description and lot (accents and case ignored). */
  text?: string;
  /** Tenders requiring one of these skills. */
  skills?: readonly string[];
  status?: Tender['status'];
}

const createStatement = (label: string, names: readonly string[]) =>
  `CREATE (:${label} {${names.map((p) => `${p}: $${p}`).join(', ')}})`;

const CREATE_TENDER = createStatement('Tender', TENDER_PROPERTIES);
const CREATE_SOURCE = createStatement('TenderSource', TENDER_SOURCE_PROPERTIES);
const CREATE_NOTICE = createStatement('Notice', NOTICE_PROPERTIES);
const UPDATE_TENDER = `MATCH (t:Tender {id: $id}) SET ${TENDER_PROPERTIES.filter((p) => p !== 'id')
  .map((p) => `t.${p} = $${p}`)
  .join(', ')}`;
const UPDATE_SOURCE_LABELS =
  'MATCH (s:TenderSource {tenderId: $tenderId}) SET s.lot = $lot, s.placeName = $placeName';

export class TenderRepository {
  constructor(private readonly store: GraphStore) {}

  async get(id: string): Promise<Tender | null> {
    const rows = await this.store.read(
      `MATCH (t:Tender {id: $id}) RETURN ${projection('t', TENDER_PROPERTIES)}`,
      { id },
    );
    return rows[0] ? tenderFromRow(rows[0], await this.requirements(id)) : null;
  }

  async require(id: string): Promise<Tender> {
    const tender = await this.get(id);
    if (!tender) throw new NotFoundError('tender', id);
    return tender;
  }

  /** Requirements in skill order (the slot order of team suggestions). */
  async requirements(id: string): Promise<Requirement[]> {
    const rows = await this.store.read(
      'MATCH (:Tender {id: $id})-[r:REQUIRES]->(s:Skill) ' +
        'RETURN s.id AS skill, r.minLevel AS minLevel, r.count AS count ORDER BY skill',
      { id },
    );
    return rows.map(requirementFromRow);
  }

  async source(id: string): Promise<TenderSource | null> {
    const rows = await this.store.read(
      `MATCH (s:TenderSource {tenderId: $id}) RETURN ${projection('s', TENDER_SOURCE_PROPERTIES)}`,
      { id },
    );
    return rows[0] ? tenderSourceFromRow(rows[0]) : null;
  }

  async notice(key: string): Promise<NoticeRecord | null> {
    const rows = await this.store.read(
      `MATCH (n:Notice {id: $id}) RETURN ${projection('n', NOTICE_PROPERTIES)}`,
      { id: key },
    );
    return rows[0] ? noticeFromRow(rows[0]) : null;
  }

  /** Newest first. */
  async search(search: TenderSearch, page: Page): Promise<PageOf<Tender>> {
    const { offset, limit } = checkedPage(page);
    const rows = await this.store.read<{ id: string; title: string; buyer: string; description: string }>(
      `MATCH (t:Tender) ${search.status ? 'WHERE t.status = $status ' : ''}` +
        'RETURN t.id AS id, t.title AS title, t.buyer AS buyer, t.description AS description ' +
        'ORDER BY t.createdAt DESC, t.id',
      search.status ? { status: search.status } : {},
    );
    const words = search.text ? foldText(search.text).split(' ').filter(Boolean) : [];
    let ids = rows
      .filter((row) => {
        const haystack = foldText(`${row.title} ${row.buyer} ${row.description}`);
        return words.every((word) => haystack.includes(word));
      })
      .map((row) => row.id);
    if (search.skills && search.skills.length > 0) {
      const wanted = new Set(search.skills);
      const requiring = await this.store.read<{ id: string; skill: string }>(
        'MATCH (t:Tender)-[:REQUIRES]->(s:Skill) RETURN t.id AS id, s.id AS skill',
      );
      const matching = new Set(requiring.filter((r) => wanted.has(r.skill)).map((r) => r.id));
      ids = ids.filter((id) => matching.has(id));
    }
    const items = await Promise.all(ids.slice(offset, offset + limit).map((id) => this.require(id)));
    return { items, totalCount: ids.length };
  }

  /** Creates the tender with its requirements and source; every required skill must exist. */
  create(tender: Tender, source: TenderSource): Promise<Tender> {
    return this.store.transaction(async (tx) => {
      await createTender(tx, tender, source);
      return tender;
    });
  }

  /** Replaces the tender's fields and requirements (and its lot and place name when given). */
  update(tender: Tender, labels?: Pick<TenderSource, 'lot' | 'placeName'>): Promise<Tender> {
    return this.store.transaction(async (tx) => {
      const found = await tx.run('MATCH (t:Tender {id: $id}) RETURN t.id AS id', { id: tender.id });
      if (found.length === 0) throw new NotFoundError('tender', tender.id);
      await tx.run(UPDATE_TENDER, tenderToProperties(tender));
      await tx.run('MATCH (:Tender {id: $id})-[r:REQUIRES]->(:Skill) DELETE r', { id: tender.id });
      await createRequirements(tx, tender);
      if (labels) await tx.run(UPDATE_SOURCE_LABELS, { tenderId: tender.id, ...labels });
      await stampChange(tx, 'Tender', tender.id);
      return tender;
    });
  }

  /**
   * Stores a notice and the tenders made of its lots, all or nothing. The same
   * notice version imported again changes nothing and returns the stored record.
   */
  importNotice(
    notice: NoticeRecord,
    tenders: readonly { tender: Tender; source: TenderSource }[],
  ): Promise<{ notice: NoticeRecord; created: boolean }> {
    return this.store.transaction(async (tx) => {
      const existing = await tx.run(
        `MATCH (n:Notice {id: $id}) RETURN ${projection('n', NOTICE_PROPERTIES)}`,
        { id: notice.id },
      );
      if (existing[0]) return { notice: noticeFromRow(existing[0]), created: false };
      for (const { tender, source } of tenders) await createTender(tx, tender, source);
      await tx.run(CREATE_NOTICE, noticeToProperties(notice));
      return { notice, created: true };
    });
  }
}

async function createTender(tx: GraphQueryRunner, tender: Tender, source: TenderSource): Promise<void> {
  const exists = await tx.run('MATCH (t:Tender {id: $id}) RETURN t.id AS id', { id: tender.id });
  if (exists.length > 0) throw new ConflictError(`tender "${tender.id}" already exists`);
  await tx.run(CREATE_TENDER, tenderToProperties(tender));
  await createRequirements(tx, tender);
  await tx.run(CREATE_SOURCE, tenderSourceToProperties(source));
  await stampChange(tx, 'Tender', tender.id);
}

async function createRequirements(tx: GraphQueryRunner, tender: Tender): Promise<void> {
  for (const [i, requirement] of tender.requirements.entries()) {
    const rows = await tx.run(
      'MATCH (t:Tender {id: $id}) MATCH (s:Skill {id: $skill}) ' +
        'CREATE (t)-[:REQUIRES {minLevel: $minLevel, count: $count}]->(s) RETURN s.id AS id',
      { id: tender.id, ...requirement },
    );
    if (rows.length === 0) {
      throw BadUserInputError.at(['requirements', i, 'skill'], `unknown skill "${requirement.skill}"`);
    }
  }
}
