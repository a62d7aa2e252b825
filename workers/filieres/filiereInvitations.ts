// Members to invite into an existing filière: they hold its core skills (or
// narrower ones), are not in it yet, and the privacy rule lets them be
// suggested to the filière's conseillers (domain/policy/privacyRule.ts: they
// allowed filière suggestions and do not hide their profile). Ranked by how much of the filière's trade they cover
// (core skills weighted by level) and by how many of their collaborators are
// already in it.
import type { Filiere } from '../../domain/entities/filiere.js';
import { holds, type MemberFacts, suggestCondition } from '../../domain/policy/privacyRule.js';
import type { Taxonomy } from '../../domain/taxonomy.js';
import type { NetworkSnapshot, SnapshotMember } from '../../graph/repositories/networkSnapshotReader.js';

export interface InvitationCandidate {
  memberId: string;
  /** In [0, 1]. */
  score: number;
  /** The core skills the member holds (through the skill itself or a narrower one), strongest first. */
  coreSkills: { skill: string; level: number }[];
  collaboratorsInFiliere: number;
}

/** What the conseillers of a filière may be suggested (they are its scoped audience). */
const FOR_CONSEILLERS = suggestCondition({ kind: 'scoped', memberId: null, spaceIds: [] }, 'filiere');

/** A member who may be suggested to conseillers for a filière. */
export function invitable(member: SnapshotMember): boolean {
  return holds(FOR_CONSEILLERS, snapshotFacts(member));
}

/** A snapshot member as the privacy rule reads one. */
export function snapshotFacts(member: SnapshotMember): MemberFacts {
  return {
    id: member.id,
    privacy: { visibility: member.visibility, suggestForFilieres: member.suggestForFilieres },
    spaceIds: member.spaces,
  };
}

export function invitationCandidates(
  snapshot: NetworkSnapshot,
  filiere: Filiere,
  taxonomy: Taxonomy,
  limit = 50,
): InvitationCandidate[] {
  // Each core skill counts for itself; another narrower skill for the first listed core skill above it.
  const coreOf = new Map<string, string>(filiere.coreSkills.map((core) => [core, core]));
  for (const core of filiere.coreSkills) {
    for (const skill of taxonomy.has(core) ? taxonomy.selfAndDescendants(core) : [core]) {
      if (!coreOf.has(skill)) coreOf.set(skill, core);
    }
  }
  const inFiliere = new Set(snapshot.members.filter((m) => m.filieres.includes(filiere.id)).map((m) => m.id));
  const collaboratorsIn = new Map<string, number>();
  for (const c of snapshot.collaborations) {
    if (inFiliere.has(c.target)) collaboratorsIn.set(c.source, (collaboratorsIn.get(c.source) ?? 0) + 1);
    if (inFiliere.has(c.source)) collaboratorsIn.set(c.target, (collaboratorsIn.get(c.target) ?? 0) + 1);
  }
  const expected = Math.min(3, filiere.coreSkills.length);
  const candidates: InvitationCandidate[] = [];
  for (const member of snapshot.members) {
    if (inFiliere.has(member.id) || !invitable(member)) continue;
    const held = new Map<string, number>();
    for (const [skill, level] of member.skills) {
      const core = coreOf.get(skill);
      if (core !== undefined) held.set(core, Math.max(held.get(core) ?? 0, level));
    }
    if (held.size === 0) continue;
    const coverage = Math.min(1, [...held.values()].reduce((sum, level) => sum + level / 5, 0) / expected);
    const collaborators = collaboratorsIn.get(member.id) ?? 0;
    candidates.push({
      memberId: member.id,
      score: Math.round((0.7 * coverage + 0.3 * Math.min(1, collaborators / 3)) * 1e6) / 1e6,
      coreSkills: [...held]
        .map(([skill, level]) => ({ skill, level }))
        .sort((a, b) => b.level - a.level || a.skill.localeCompare(b.skill)),
      collaboratorsInFiliere: collaborators,
    });
  }
  return candidates.sort((a, b) => b.score - a.score || a.memberId.localeCompare(b.memberId)).slice(0, limit);
}
