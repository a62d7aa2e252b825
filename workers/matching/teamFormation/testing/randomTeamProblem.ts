// Seeded random team problems for tests: small pools with overlapping skills,
// random collaboration edges, sometimes mustInclude / exclude / maxTeamSize.
import { chance, intBetween, mulberry32, pick, sample } from '../../../../domain/random.js';

const SKILLS = ['ceramics', 'woodworking', 'painting', 'photography'];

export interface RandomProblemShape {
  minCandidates?: number;
  maxCandidates?: number;
}

export function randomTeamProblem(seed: number, shape: RandomProblemShape = {}): Record<string, unknown> {
  const random = mulberry32(seed);
  const n = intBetween(random, shape.minCandidates ?? 4, shape.maxCandidates ?? 12);
  const ids = Array.from({ length: n }, (_, i) => `m${i + 1}`);
  const candidates = ids.map((id) => {
    const skills: Record<string, number> = {};
    for (const skill of sample(random, SKILLS, intBetween(random, 1, 3)))
      skills[skill] = intBetween(random, 1, 5);
    return { id, skills };
  });
  const density = 0.1 + random() * 0.35;
  const edges: [string, string][] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) if (chance(random, density)) edges.push([ids[i]!, ids[j]!]);
  const requirements = sample(random, SKILLS, intBetween(random, 1, 3)).map((skill) => ({
    skill,
    minLevel: intBetween(random, 1, 4),
    count: chance(random, 0.3) ? 2 : 1,
  }));
  const mustInclude = chance(random, 0.35) ? [pick(random, ids)] : [];
  const exclude = chance(random, 0.35)
    ? sample(random, ids, 2).filter((id) => !mustInclude.includes(id))
    : [];
  const slots = requirements.reduce((sum, r) => sum + r.count, 0);
  const problem: Record<string, unknown> = {
    candidates,
    edges,
    requirements,
    mustInclude,
    exclude,
    k: intBetween(random, 1, 4),
  };
  if (chance(random, 0.25))
    problem.maxTeamSize = Math.max(1, slots + mustInclude.length - intBetween(random, 0, 2));
  return problem;
}
