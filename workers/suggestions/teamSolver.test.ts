// The team solver on a real Kùzu store holding a small seeded network: teams
// fill every requirement at the required level with members who allowed bid
// suggestions, within the tender's radius, explained by structured reasons
// (rendered here in English and French); replacement keeps the others in their
// slots and never proposes someone unavailable; an infeasible tender gives the
// best partial team with the radius or level that would cover what is missing.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamReasonSentence } from '../../api/tenders/teamReasonText.js';
import type { NetworkDataset } from '../../domain/dataset.js';
import type { MemberRecord } from '../../domain/entities/member.js';
import { readTeamReasons, type TeamReason } from '../../domain/entities/teamReasons.js';
import type { Tender } from '../../domain/entities/tender.js';
import { haversineKm } from '../../domain/geo.js';
import { TEAM_DISTANCE_CAP } from '../../domain/problems/team.js';
import { ignoreProgress } from '../../domain/progress.js';
import { loadReferenceData } from '../../domain/referenceData.js';
import { Taxonomy } from '../../domain/taxonomy.js';
import type { GraphStore } from '../../graph/graphStore.js';
import { openKuzuGraphStore } from '../../graph/kuzu/kuzuGraphStore.js';
import { BidRepository } from '../../graph/repositories/bidRepository.js';
import { TenderRepository } from '../../graph/repositories/tenderRepository.js';
import { generateNetwork } from '../../graph/seed/syntheticNetwork.js';
import type { SuggestionDraft } from '../processors/suggestions.js';
import { teamSuggestionsPayloadSchema } from '../queues.js';
import { createTeamSolver } from './teamSolver.js';

const taxonomy = new Taxonomy(loadReferenceData().skills);
const never = new AbortController().signal;

/** The two skills most often held at level ≥ 3 by members within `radiusKm` of `center`. */
function commonSkills(
  members: readonly MemberRecord[],
  center: { lat: number; lon: number },
  radiusKm: number,
) {
  const counts = new Map<string, number>();
  for (const m of members) {
    if (m.lat === null || m.lon === null || haversineKm(center, { lat: m.lat, lon: m.lon }) > radiusKm)
      continue;
    if (!m.privacy.suggestForBids) continue;
    for (const s of m.skills) if (s.level >= 3) counts.set(s.skill, (counts.get(s.skill) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([skill]) => skill);
}

function reasonsOf(draft: SuggestionDraft): TeamReason[] {
  const reasons = readTeamReasons(draft.explanation);
  if (!reasons) throw new Error(`not structured reasons: ${draft.explanation}`);
  return reasons;
}

describe('team solver', () => {
  let dir: string;
  let graph: GraphStore;
  let dataset: NetworkDataset;
  let tender: Tender;
  const solve = (input: Record<string, unknown>) =>
    createTeamSolver(graph, taxonomy)(
      teamSuggestionsPayloadSchema.parse({
        kind: 'team',
        requestedBy: 'm_admin',
        tenderId: tender.id,
        ...input,
      }),
      ignoreProgress,
      never,
    );

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-team-solver-'));
    graph = await openKuzuGraphStore({
      directory: dir,
      readConnections: 2,
      bufferPoolBytes: 128 * 1024 ** 2,
    });
    await graph.migrate();
    dataset = generateNetwork({ members: 400, seed: 11 });
    await graph.bulkLoad(dataset);
    const anchor = dataset.members.find((m) => m.lat !== null && m.lon !== null)!;
    const center = { lat: anchor.lat!, lon: anchor.lon! };
    const [first, second] = commonSkills(dataset.members, center, 300);
    tender = {
      id: 'tdr_solver',
      title: 'Fit-out of a library',
      buyer: 'City',
      description: '',
      deadline: null,
      ...center,
      radiusKm: 300,
      requirements: [
        { skill: first!, minLevel: 3, count: 2 },
        { skill: second!, minLevel: 3, count: 1 },
      ].sort((a, b) => a.skill.localeCompare(b.skill)),
      maxTeamSize: 5,
      budget: null,
      currency: null,
      status: 'open',
      createdBy: null,
      createdAt: 1,
      updatedAt: 1,
    };
    await new TenderRepository(graph).create(tender, {
      tenderId: tender.id,
      lot: null,
      noticeKey: null,
      noticeId: null,
      noticeVersion: null,
      lotId: null,
      nuts: null,
      placeName: null,
      cpv: [],
    });
  }, 60_000);

  afterAll(async () => {
    await graph?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('fills every slot at the required level, within the radius, and explains each member', async () => {
    const solution = await solve({ k: 3 });
    expect(solution.algorithmVersion).toBe('team-product@2');
    expect(solution.suggestions.length).toBeGreaterThan(0);
    const byId = new Map(dataset.members.map((m) => [m.id, m]));
    const keys = new Set<string>();
    for (const draft of solution.suggestions) {
      expect(draft.subjectId).toBe(tender.id);
      expect(draft.targetIds).toHaveLength(3);
      keys.add([...draft.targetIds].sort().join());
      const slots = tender.requirements.flatMap((r) => Array.from({ length: r.count }, () => r));
      draft.targetIds.forEach((id, i) => {
        const member = byId.get(id)!;
        expect(member.privacy.suggestForBids).toBe(true);
        expect(member.privacy.visibility).toBe('network');
        expect(
          haversineKm(tender as { lat: number; lon: number }, member as { lat: number; lon: number }),
        ).toBeLessThanOrEqual(300);
        const accepted = new Set(taxonomy.selfAndDescendants(slots[i]!.skill));
        expect(member.skills.some((s) => accepted.has(s.skill) && s.level >= slots[i]!.minLevel)).toBe(true);
        const fills = reasonsOf(draft).find((r) => r.code === 'fills' && r.member === id);
        expect(fills).toMatchObject({ skill: slots[i]!.skill, minLevel: slots[i]!.minLevel });
      });
      const reasons = reasonsOf(draft);
      expect(reasons[0]).toEqual({ code: 'team', size: 3, complete: true });
      expect(reasons.find((r) => r.code === 'cost')).toMatchObject({ pairs: 3 });
      // The structure is stored as the solver found it: who fills which slot, every pair's distance.
      expect(draft.team?.assignment).toEqual(
        draft.targetIds.map((member, i) => ({ member, skill: slots[i]!.skill })),
      );
      const pairs = draft.team?.pairs ?? [];
      const pairKey = (a: string, b: string) => [a, b].sort().join(' ');
      const [x, y, z] = draft.targetIds as [string, string, string];
      expect(pairs.map((p) => pairKey(p.a, p.b)).sort()).toEqual(
        [pairKey(x, y), pairKey(x, z), pairKey(y, z)].sort(),
      );
      for (const pair of pairs) expect(pair.distance).toBeGreaterThanOrEqual(1);
      for (const pair of pairs) expect(pair.distance).toBeLessThanOrEqual(TEAM_DISTANCE_CAP);
      const cost = reasons.find((r) => r.code === 'cost');
      expect(cost?.code === 'cost' && cost.cost).toBe(pairs.reduce((sum, p) => sum + p.distance, 0));
      expect(reasons.some((r) => r.code === 'distance')).toBe(true);
      // Stored as ids: no name nor label in the stored reasons; rendered at read time.
      const first = byId.get(draft.targetIds[0]!)!;
      expect(draft.explanation).not.toContain(first.name);
      const names = {
        member: (id: string) => byId.get(id)?.name ?? ('erased' as const),
        skill: (id: string) => taxonomy.label(id, 'fr'),
      };
      const french = reasons.map((r) => teamReasonSentence(r, 'fr', names)).join('\n');
      expect(french).toContain(`${first.name} couvre ${taxonomy.label(slots[0]!.skill, 'fr')}`);
      expect(french).toMatch(/Coût de communication \d+ sur 3 paires/);
      expect(french).not.toMatch(/\b(fills|required|Communication cost|lower is better)\b/);
    }
    expect(keys.size).toBe(solution.suggestions.length);
    const scores = solution.suggestions.map((s) => s.score);
    expect([...scores].sort((a, b) => a - b)).toEqual(scores);
  });

  it('never suggests a member who opted out of bid suggestions', async () => {
    const before = await solve({ k: 1 });
    const chosen = before.suggestions[0]!.targetIds;
    await graph.write('MATCH (m:Member {id: $id}) SET m.suggestForBids = false', { id: chosen[0] });
    const after = await solve({ k: 3 });
    for (const draft of after.suggestions) expect(draft.targetIds).not.toContain(chosen[0]);
    await graph.write('MATCH (m:Member {id: $id}) SET m.suggestForBids = true', { id: chosen[0] });
  });

  it('replaces one member of a bid and keeps the others in their slots', async () => {
    const team = (await solve({ k: 1 })).suggestions[0]!.targetIds;
    const slots = tender.requirements.flatMap((r) => Array.from({ length: r.count }, () => r.skill));
    const bids = new BidRepository(graph);
    await bids.create(
      {
        id: 'bid_solver',
        tenderId: tender.id,
        leadId: team[0]!,
        status: 'inviting',
        createdAt: 1,
        updatedAt: 1,
      },
      team.map((member, i) => ({ member, role: slots[i]!, status: 'accepted' as const })),
    );
    const leaving = team[1]!;
    const replaced = await solve({
      k: 2,
      replace: { team: team.filter((id) => id !== leaving), member: leaving },
      exclude: [leaving],
    });
    expect(replaced.suggestions.length).toBeGreaterThan(0);
    for (const draft of replaced.suggestions) {
      expect(draft.targetIds).not.toContain(leaving);
      expect(draft.targetIds[0]).toBe(team[0]);
      expect(draft.targetIds[2]).toBe(team[2]);
      expect(draft.team?.assignment).toEqual([
        { member: team[0], skill: slots[0] },
        { member: draft.targetIds[1], skill: slots[1] },
        { member: team[2], skill: slots[2] },
      ]);
      const [replaces] = reasonsOf(draft);
      expect(replaces).toEqual({ code: 'replaces', leaving, newcomers: [draft.targetIds[1]] });
      const names = { member: () => 'erased' as const, skill: (id: string) => id };
      expect(teamReasonSentence(replaces!, 'nl', names)).toBe(
        'Vervangt een voormalig lid door een voormalig lid; de anderen blijven.',
      );
    }

    // The best newcomer made unavailable is proposed no more.
    const best = replaced.suggestions[0]!.targetIds[1]!;
    await graph.write("MATCH (m:Member {id: $id}) SET m.availability = 'unavailable'", { id: best });
    const again = await solve({
      k: 3,
      replace: { team: team.filter((id) => id !== leaving), member: leaving },
      exclude: [leaving],
    });
    await graph.write('MATCH (m:Member {id: $id}) SET m.availability = $a', {
      id: best,
      a: dataset.members.find((m) => m.id === best)!.availability,
    });
    for (const draft of again.suggestions) expect(draft.targetIds).not.toContain(best);
  });

  it('proposes the best partial team, naming what nobody covers and the radius or level that would', async () => {
    const center = { lat: tender.lat!, lon: tender.lon! };
    const radiusKm = 20;
    const counted = dataset.members.filter(
      (m) =>
        m.lat !== null && m.lon !== null && m.privacy.suggestForBids && m.privacy.visibility === 'network',
    );
    const km = (m: MemberRecord) => haversineKm(center, { lat: m.lat!, lon: m.lon! });
    const leaves = loadReferenceData()
      .skills.map((s) => s.id)
      .filter((id) => taxonomy.selfAndDescendants(id).length === 1);
    const levelOf = (m: MemberRecord, skill: string) => m.skills.find((s) => s.skill === skill)?.level ?? 0;
    // A skill someone holds at level ≥ 3 but nobody within the radius does.
    const rare = leaves.find(
      (skill) =>
        counted.some((m) => levelOf(m, skill) >= 3) &&
        !counted.some((m) => km(m) <= radiusKm && levelOf(m, skill) >= 3),
    );
    if (!rare) throw new Error('no skill is missing near the tender; pick another place');
    const [common] = commonSkills(dataset.members, center, radiusKm).filter((s) => s !== rare);
    const partial = {
      ...tender,
      id: 'tdr_partial',
      radiusKm,
      requirements: [
        { skill: common!, minLevel: 1, count: 1 },
        { skill: rare, minLevel: 3, count: 1 },
      ].sort((a, b) => a.skill.localeCompare(b.skill)),
    };
    await new TenderRepository(graph).create(partial, {
      tenderId: partial.id,
      lot: null,
      noticeKey: null,
      noticeId: null,
      noticeVersion: null,
      lotId: null,
      nuts: null,
      placeName: null,
      cpv: [],
    });
    const solution = await createTeamSolver(graph, taxonomy)(
      teamSuggestionsPayloadSchema.parse({
        kind: 'team',
        requestedBy: 'm_admin',
        tenderId: partial.id,
        k: 2,
      }),
      ignoreProgress,
      never,
    );
    expect(solution.suggestions.length).toBeGreaterThan(0);
    const nearest = Math.min(...counted.filter((m) => levelOf(m, rare) >= 3).map(km));
    const nearby = counted
      .filter((m) => km(m) <= radiusKm)
      .map((m) => levelOf(m, rare))
      .filter((l) => l > 0);
    const bestNearby = nearby.length > 0 ? Math.max(...nearby) : null;
    for (const draft of solution.suggestions) {
      const reasons = reasonsOf(draft);
      expect(reasons[0]).toMatchObject({ code: 'team', complete: false });
      expect(reasons.find((r) => r.code === 'fills')).toMatchObject({ skill: common });
      expect(reasons.filter((r) => r.code === 'uncovered')).toEqual([
        {
          code: 'uncovered',
          skill: rare,
          minLevel: 3,
          count: 1,
          missing: 1,
          radiusKm: Math.max(5, Math.ceil(nearest / 5) * 5),
          level: bestNearby,
        },
      ]);
    }
  });

  // Issue 16: this used to end the job with an English InfeasibleError; it is now a readable result.
  it('answers an empty team saying what nobody covers when no member holds a requirement', async () => {
    const all = loadReferenceData().skills.map((s) => s.id);
    const held = new Set(dataset.members.flatMap((m) => m.skills.map((s) => s.skill)));
    const unheld = all.find((id) => taxonomy.selfAndDescendants(id).every((d) => !held.has(d)));
    if (!unheld) throw new Error('the seeded network holds every skill; pick a smaller network');
    await new TenderRepository(graph).update({
      ...tender,
      requirements: [{ skill: unheld, minLevel: 1, count: 1 }],
    });
    const solution = await solve({ k: 1 });
    expect(solution.suggestions).toHaveLength(1);
    const [draft] = solution.suggestions;
    expect(draft!.targetIds).toEqual([]);
    const reasons = reasonsOf(draft!);
    expect(reasons).toEqual([
      { code: 'team', size: 0, complete: false },
      { code: 'uncovered', skill: unheld, minLevel: 1, count: 1, missing: 1, radiusKm: null, level: null },
    ]);
    const names = { member: (id: string) => id, skill: (id: string) => taxonomy.get(id)?.labels.fr ?? id };
    const french = reasons.map((r) => teamReasonSentence(r, 'fr', names));
    expect(french[0]).toBe('Personne dans le réseau ne couvre encore un besoin de cet appel d’offres.');
    expect(french.join(' ')).not.toMatch(/nobody|requirement|minLevel/i);
    expect(teamReasonSentence(reasons[0]!, 'nl', names)).toBe(
      'Niemand in het netwerk dekt al een behoefte van deze aanbesteding.',
    );
    await new TenderRepository(graph).update(tender);
  });
});
