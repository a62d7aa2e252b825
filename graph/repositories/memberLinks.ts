// Writes a member's relationships inside a transaction, replacing the previous
// set: links to drop are deleted, missing ones created after a check (never
// MERGE: in a Kùzu 0.11 transaction on bulk-loaded tables, MERGE of a
// relationship reports rows it did not create), and an id that matches no node
// fails with the field that named it. Lists are bound only when non-empty
// (Kùzu cannot bind an empty list), and HAS_SKILL is written one skill per
// statement because Kùzu mis-binds lists of maps with numbers.
import type { HasSkill } from '../../domain/entities/skill.js';
import { BadUserInputError, type FieldProblem } from '../../domain/errors.js';
import type { GraphQueryRunner } from '../graphStore.js';

/** A member relationship to a node identified by id; `type` and `label` are fixed names, never input. */
export interface MemberLinkKind {
  field: string;
  type: string;
  label: string;
  /** Cypher run only when the link is created, e.g. `SET r.role = 'member'` (keeps an existing role). */
  onCreate?: string;
}

export const SPACE_LINKS: MemberLinkKind = { field: 'spaces', type: 'WORKS_FROM', label: 'Space' };
export const COMMUNITY_LINKS: MemberLinkKind = {
  field: 'communities',
  type: 'MEMBER_OF',
  label: 'Community',
};
export const FILIERE_LINKS: MemberLinkKind = {
  field: 'filieres',
  type: 'IN_FILIERE',
  label: 'Filiere',
  onCreate: "SET r.role = 'member'",
};

export async function replaceMemberLinks(
  tx: GraphQueryRunner,
  memberId: string,
  kind: MemberLinkKind,
  ids: readonly string[],
): Promise<void> {
  assertDistinct(ids, (id) => id, kind.field);
  await dropLinksExcept(tx, memberId, kind.type, kind.label, ids);
  if (ids.length === 0) return;
  const linked = new Set(
    (
      await tx.run<{ id: string }>(
        `MATCH (m:Member {id: $memberId})-[:${kind.type}]->(n:${kind.label}) RETURN n.id AS id`,
        { memberId },
      )
    ).map((r) => r.id),
  );
  const problems: FieldProblem[] = [];
  for (const [i, id] of ids.entries()) {
    if (linked.has(id)) continue;
    const rows = await tx.run<{ id: string }>(
      `MATCH (m:Member {id: $memberId}) MATCH (n:${kind.label} {id: $id}) ` +
        `CREATE (m)-[r:${kind.type}]->(n) ${kind.onCreate ?? ''} RETURN n.id AS id`,
      { memberId, id },
    );
    if (rows.length === 0)
      problems.push({ path: [kind.field, i], message: `unknown ${kind.label.toLowerCase()} "${id}"` });
  }
  if (problems.length > 0) throw new BadUserInputError(problems);
}

export async function replaceMemberSkills(
  tx: GraphQueryRunner,
  memberId: string,
  skills: readonly HasSkill[],
): Promise<void> {
  assertDistinct(skills, (s) => s.skill, 'skills');
  await dropLinksExcept(
    tx,
    memberId,
    'HAS_SKILL',
    'Skill',
    skills.map((s) => s.skill),
  );
  const linked = new Set(
    (
      await tx.run<{ id: string }>(
        'MATCH (m:Member {id: $memberId})-[:HAS_SKILL]->(s:Skill) RETURN s.id AS id',
        {
          memberId,
        },
      )
    ).map((r) => r.id),
  );
  for (const [i, s] of skills.entries()) {
    const rows = await tx.run(
      linked.has(s.skill)
        ? 'MATCH (m:Member {id: $memberId})-[r:HAS_SKILL]->(s:Skill {id: $skill}) ' +
            'SET r.level = $level, r.years = $years RETURN s.id AS id'
        : 'MATCH (m:Member {id: $memberId}) MATCH (s:Skill {id: $skill}) ' +
            'CREATE (m)-[r:HAS_SKILL {level: $level, years: $years}]->(s) RETURN s.id AS id',
      { memberId, skill: s.skill, level: s.level, years: s.years },
    );
    if (rows.length === 0) throw BadUserInputError.at(['skills', i, 'skill'], `unknown skill "${s.skill}"`);
  }
}

async function dropLinksExcept(
  tx: GraphQueryRunner,
  memberId: string,
  type: string,
  label: string,
  keep: readonly string[],
): Promise<void> {
  if (keep.length === 0) {
    await tx.run(`MATCH (m:Member {id: $memberId})-[r:${type}]->(:${label}) DELETE r`, { memberId });
  } else {
    await tx.run(
      `MATCH (m:Member {id: $memberId})-[r:${type}]->(n:${label}) WHERE NOT n.id IN $keep DELETE r`,
      {
        memberId,
        keep,
      },
    );
  }
}

function assertDistinct<T>(items: readonly T[], key: (item: T) => string, field: string): void {
  const seen = new Set<string>();
  for (const [i, item] of items.entries()) {
    const k = key(item);
    if (seen.has(k)) throw BadUserInputError.at([field, i], `"${k}" is listed twice`);
    seen.add(k);
  }
}
