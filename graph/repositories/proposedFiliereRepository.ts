// Proposed filières: communities of the network that no filière covers, with
// what a conseiller needs to decide (size, cities, spaces, top skills, growth).
// Keyed by their characteristic skills, so a later detection of the same
// community updates the same proposal; accepting one records the filière made.
import type { ProposedFiliere } from '../../domain/entities/proposedFiliere.js';
import type { GraphStore, Row } from '../graphStore.js';
import { projection } from '../properties/projection.js';
import { nullableText, numeric, storedList, text, textList } from '../properties/rowValues.js';

/** The subject of the suggestions proposing new filières: the whole network. */
export const NETWORK_SUBJECT = 'network';

const PROPERTIES = [
  'id',
  'labelFr',
  'labelEn',
  'labelNl',
  'skills',
  'members',
  'cities',
  'spaces',
  'size',
  'growth',
  'filiereId',
  'createdAt',
  'updatedAt',
] as const;
const COLUMNS = projection('p', PROPERTIES);

function fromRow(row: Row): ProposedFiliere {
  return {
    id: text(row, 'id'),
    labels: { fr: text(row, 'labelFr'), en: text(row, 'labelEn'), nl: text(row, 'labelNl') },
    skills: textList(row, 'skills'),
    members: textList(row, 'members'),
    cities: textList(row, 'cities'),
    spaces: textList(row, 'spaces'),
    size: numeric(row, 'size'),
    growth: numeric(row, 'growth'),
    filiereId: nullableText(row, 'filiereId'),
    createdAt: numeric(row, 'createdAt'),
    updatedAt: numeric(row, 'updatedAt'),
  };
}

export class ProposedFiliereRepository {
  constructor(private readonly store: GraphStore) {}

  /** Inserts new proposals and refreshes known ones (keeping their creation date and accepted filière). */
  async upsert(proposals: readonly ProposedFiliere[]): Promise<void> {
    if (proposals.length === 0) return;
    await this.store.transaction(async (tx) => {
      for (const p of proposals) {
        const existing = await tx.run('MATCH (p:ProposedFiliere {id: $id}) RETURN p.id AS id', { id: p.id });
        if (existing.length === 0) {
          await tx.run('CREATE (p:ProposedFiliere {id: $id, createdAt: $createdAt})', {
            id: p.id,
            createdAt: p.createdAt,
          });
        }
        await tx.run(
          'MATCH (p:ProposedFiliere {id: $id}) SET p.labelFr = $fr, p.labelEn = $en, p.labelNl = $nl, ' +
            'p.skills = $skills, p.members = $members, p.cities = $cities, p.spaces = $spaces, ' +
            'p.size = $size, p.growth = $growth, p.updatedAt = $updatedAt',
          {
            id: p.id,
            fr: p.labels.fr,
            en: p.labels.en,
            nl: p.labels.nl,
            skills: storedList(p.skills),
            members: storedList(p.members),
            cities: storedList(p.cities),
            spaces: storedList(p.spaces),
            size: p.size,
            growth: p.growth,
            updatedAt: p.updatedAt,
          },
        );
      }
    });
  }

  async get(id: string): Promise<ProposedFiliere | null> {
    const rows = await this.store.read(`MATCH (p:ProposedFiliere {id: $id}) RETURN ${COLUMNS}`, { id });
    return rows[0] ? fromRow(rows[0]) : null;
  }

  /** Erasure: the member leaves every proposal's member list (read, then rewritten: portable list handling). */
  async forgetMember(memberId: string): Promise<void> {
    const rows = await this.store.read(
      'MATCH (p:ProposedFiliere) WHERE $memberId IN p.members RETURN p.id AS id, p.members AS members',
      { memberId },
    );
    for (const row of rows) {
      const members = textList(row, 'members').filter((id) => id !== memberId);
      await this.store.write('MATCH (p:ProposedFiliere {id: $id}) SET p.members = $members', {
        id: text(row, 'id'),
        members: storedList(members),
      });
    }
  }

  async markAccepted(id: string, filiereId: string): Promise<void> {
    await this.store.write('MATCH (p:ProposedFiliere {id: $id}) SET p.filiereId = $filiereId', {
      id,
      filiereId,
    });
  }
}
