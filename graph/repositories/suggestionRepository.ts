// Suggestions made by the matching jobs: stored by id (a re-run of a job replaces
// its own suggestions), listed by subject or by suggested member, accepted or
// dismissed. A dismissal is remembered for the proposal itself (kind, subject and
// set of targets): a later job proposing the same thing under a new id stores it
// already dismissed, so it never comes back.

import { type SuggestedTeam, suggestedTeamSchema } from '../../domain/entities/suggestedTeam.js';
import {
  type SUGGESTION_STATUSES,
  type Suggestion,
  suggestionSchema,
} from '../../domain/entities/suggestion.js';
import { BadUserInputError, NotFoundError } from '../../domain/errors.js';
import type { GraphQueryRunner, GraphStore, Row } from '../graphStore.js';
import { projection } from '../properties/projection.js';
import { nullableText, numeric, text, textList } from '../properties/rowValues.js';

const SUGGESTION_PROPERTIES = [
  'id',
  'kind',
  'subjectId',
  'targetIds',
  'score',
  'explanation',
  'status',
  'algorithmVersion',
  'createdAt',
  'team',
] as const;
const COLUMNS = projection('s', SUGGESTION_PROPERTIES);

export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

export interface SuggestionFilter {
  kind?: Suggestion['kind'];
  /** Default: new and accepted (dismissed ones are never listed unless asked for). */
  statuses?: readonly SuggestionStatus[];
}

const VISIBLE: readonly SuggestionStatus[] = ['new', 'accepted'];

/** What makes two suggestions the same proposal, whatever job made them. */
export function proposalKey(s: Pick<Suggestion, 'kind' | 'subjectId' | 'targetIds'>): string {
  return JSON.stringify([s.kind, s.subjectId, [...s.targetIds].sort()]);
}

export class SuggestionRepository {
  constructor(private readonly store: GraphStore) {}

  /**
   * Inserts or replaces by id, in one transaction. A suggestion already accepted or
   * dismissed keeps that status; one matching a dismissed proposal is stored dismissed.
   */
  async upsert(suggestions: readonly Suggestion[]): Promise<void> {
    if (suggestions.length === 0) return;
    const parsed = suggestions.map((s, i) => checked(s, i));
    await this.store.transaction(async (tx) => {
      const dismissed = await dismissedProposals(tx, new Set(parsed.map((s) => s.subjectId)));
      for (const suggestion of parsed) {
        const existing = await tx.run<{ status: string }>(
          'MATCH (s:Suggestion {id: $id}) RETURN s.status AS status',
          { id: suggestion.id },
        );
        const kept = existing[0]?.status;
        const status: SuggestionStatus =
          kept === 'accepted' || kept === 'dismissed'
            ? kept
            : dismissed.has(proposalKey(suggestion))
              ? 'dismissed'
              : suggestion.status;
        // Kùzu refuses an empty list parameter: an empty team is written as an empty list literal.
        const assignments = SUGGESTION_PROPERTIES.filter((p) => p !== 'id')
          .map((p) =>
            p === 'targetIds' && suggestion.targetIds.length === 0 ? 's.targetIds = []' : `s.${p} = $${p}`,
          )
          .join(', ');
        const { targetIds, ...rest } = suggestion;
        await tx.run(`MERGE (s:Suggestion {id: $id}) SET ${assignments}`, {
          ...(targetIds.length === 0 ? rest : suggestion),
          status,
          team: storedTeam(suggestion.team),
        });
      }
    });
  }

  async get(id: string): Promise<Suggestion | undefined> {
    const rows = await this.store.read(`MATCH (s:Suggestion {id: $id}) RETURN ${COLUMNS}`, { id });
    return rows[0] ? suggestionFromRow(rows[0]) : undefined;
  }

  /** Suggestions for a subject (a member, tender or filière), best first, one per proposal. */
  async listBySubject(subjectId: string, filter: SuggestionFilter = {}): Promise<Suggestion[]> {
    const rows = await this.store.read(
      `MATCH (s:Suggestion) WHERE s.subjectId = $subjectId RETURN ${COLUMNS}`,
      { subjectId },
    );
    return selected(rows.map(suggestionFromRow), filter);
  }

  /** Suggestions naming this member among their targets, best first, one per proposal. */
  async listForTarget(memberId: string, filter: SuggestionFilter = {}): Promise<Suggestion[]> {
    const rows = await this.store.read(
      `MATCH (s:Suggestion) WHERE $memberId IN s.targetIds RETURN ${COLUMNS}`,
      { memberId },
    );
    return selected(rows.map(suggestionFromRow), filter);
  }

  /**
   * Accepts or dismisses a suggestion. Dismissing also dismisses every stored
   * suggestion of the same proposal (made by other jobs).
   */
  async setStatus(id: string, status: Exclude<SuggestionStatus, 'new'>): Promise<Suggestion> {
    return this.store.transaction(async (tx) => {
      const rows = await tx.run(`MATCH (s:Suggestion {id: $id}) RETURN ${COLUMNS}`, { id });
      if (!rows[0]) throw new NotFoundError('Suggestion', id);
      const suggestion = suggestionFromRow(rows[0]);
      await tx.run('MATCH (s:Suggestion {id: $id}) SET s.status = $status', { id, status });
      if (status === 'dismissed') {
        const siblings = await tx.run(
          `MATCH (s:Suggestion) WHERE s.subjectId = $subjectId AND s.kind = $kind RETURN ${COLUMNS}`,
          { subjectId: suggestion.subjectId, kind: suggestion.kind },
        );
        const key = proposalKey(suggestion);
        for (const sibling of siblings.map(suggestionFromRow)) {
          if (sibling.id === id || proposalKey(sibling) !== key) continue;
          await tx.run("MATCH (s:Suggestion {id: $id}) SET s.status = 'dismissed'", { id: sibling.id });
        }
      }
      return { ...suggestion, status };
    });
  }

  /** Undoes a dismissal: the suggestion and every stored suggestion of the same proposal come back as new. */
  async restore(id: string): Promise<Suggestion> {
    return this.store.transaction(async (tx) => {
      const rows = await tx.run(`MATCH (s:Suggestion {id: $id}) RETURN ${COLUMNS}`, { id });
      if (!rows[0]) throw new NotFoundError('Suggestion', id);
      const suggestion = suggestionFromRow(rows[0]);
      const siblings = await tx.run(
        `MATCH (s:Suggestion) WHERE s.subjectId = $subjectId AND s.kind = $kind AND s.status = 'dismissed' RETURN ${COLUMNS}`,
        { subjectId: suggestion.subjectId, kind: suggestion.kind },
      );
      const key = proposalKey(suggestion);
      for (const sibling of siblings.map(suggestionFromRow)) {
        if (proposalKey(sibling) !== key) continue;
        await tx.run("MATCH (s:Suggestion {id: $id}) SET s.status = 'new'", { id: sibling.id });
      }
      return { ...suggestion, status: suggestion.status === 'dismissed' ? 'new' : suggestion.status };
    });
  }

  /** Erasure: every suggestion about the member or naming them goes. */
  async deleteForMember(memberId: string): Promise<void> {
    await this.store.write('MATCH (s:Suggestion) WHERE s.subjectId = $memberId DELETE s', { memberId });
    await this.store.write('MATCH (s:Suggestion) WHERE $memberId IN s.targetIds DELETE s', { memberId });
  }
}

function checked(suggestion: Suggestion, index: number): Suggestion {
  const result = suggestionSchema.safeParse(suggestion);
  if (!result.success) {
    throw new BadUserInputError(
      result.error.issues.map((issue) => ({
        path: ['suggestions', index, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
        message: issue.message,
      })),
    );
  }
  // A suggestion of nobody means nothing, except a team answer that says nobody covers the
  // tender's requirements (issue 16: a readable result rather than a failed job).
  if (result.data.targetIds.length === 0 && result.data.kind !== 'team') {
    throw BadUserInputError.at(['suggestions', index, 'targetIds'], 'must name at least one target');
  }
  return result.data;
}

async function dismissedProposals(tx: GraphQueryRunner, subjectIds: Set<string>): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const subjectId of subjectIds) {
    const rows = await tx.run(
      `MATCH (s:Suggestion) WHERE s.subjectId = $subjectId AND s.status = 'dismissed' RETURN ${COLUMNS}`,
      { subjectId },
    );
    for (const row of rows) keys.add(proposalKey(suggestionFromRow(row)));
  }
  return keys;
}

/** Filters by kind and status, keeps the newest suggestion of each proposal, best score first. */
function selected(all: Suggestion[], filter: SuggestionFilter): Suggestion[] {
  const statuses = filter.statuses ?? VISIBLE;
  const dismissedKeys = new Set(all.filter((s) => s.status === 'dismissed').map(proposalKey));
  const newest = new Map<string, Suggestion>();
  for (const suggestion of all) {
    if (filter.kind !== undefined && suggestion.kind !== filter.kind) continue;
    if (!statuses.includes(suggestion.status)) continue;
    const key = proposalKey(suggestion);
    // A proposal dismissed under any id stays hidden unless dismissed ones are asked for.
    if (suggestion.status !== 'dismissed' && dismissedKeys.has(key)) continue;
    const seen = newest.get(key);
    if (!seen || suggestion.createdAt > seen.createdAt) newest.set(key, suggestion);
  }
  return [...newest.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

function suggestionFromRow(row: Row): Suggestion {
  const team = teamFromColumn(nullableText(row, 'team'));
  return {
    id: text(row, 'id'),
    kind: text(row, 'kind') as Suggestion['kind'],
    subjectId: text(row, 'subjectId'),
    targetIds: textList(row, 'targetIds'),
    score: numeric(row, 'score'),
    explanation: text(row, 'explanation'),
    status: text(row, 'status') as SuggestionStatus,
    algorithmVersion: text(row, 'algorithmVersion'),
    createdAt: numeric(row, 'createdAt'),
    ...(team ? { team } : {}),
  };
}

/** The team structure as a property: JSON, '' when there is none. */
function storedTeam(team: SuggestedTeam | null | undefined): string {
  return team ? JSON.stringify(team) : '';
}

/** Tolerant: a suggestion stored before the column existed (null, '') or with an unreadable value has no team. */
function teamFromColumn(value: string | null): SuggestedTeam | null {
  if (!value) return null;
  try {
    const parsed = suggestedTeamSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
