// match and notice through the real binary: JSON on stdout and nothing else,
// exit code 2 for bad or infeasible input with the reason on stderr.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { examplePath } from '../../procurement/testing/sharedData.js';
import { runCli } from './runCli.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-cli-match-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const at = path.join(dir, name);
  writeFileSync(at, typeof content === 'string' ? content : JSON.stringify(content));
  return at;
}

/** The DESIGN.md example, completed with the candidates its edges name. */
const TEAM = {
  candidates: [
    { id: 'm1', skills: { ceramics: 4, woodworking: 2 } },
    { id: 'm2', skills: { ceramics: 3 } },
    { id: 'm3', skills: { ceramics: 5 } },
  ],
  edges: [['m1', 'm2']],
  requirements: [{ skill: 'ceramics', minLevel: 3, count: 2 }],
  maxTeamSize: 6,
  mustInclude: ['m1'],
  exclude: [],
  k: 1,
};

describe('passerelle match', () => {
  it('team: prints exactly { teams }, the cheapest team first', async () => {
    const run = await runCli(['match', 'team', '--input', file('team.json', TEAM)]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      teams: [
        {
          members: ['m1', 'm2'],
          assignment: [
            { member: 'm1', skill: 'ceramics' },
            { member: 'm2', skill: 'ceramics' },
          ],
          cost: 1,
        },
      ],
    });
  });

  it('team from stdin with --explain --verbose adds the explanation and the solver', async () => {
    const run = await runCli(['match', 'team', '--input', '-', '--explain', '--verbose'], {
      stdin: JSON.stringify(TEAM),
    });
    expect(run.code, run.stderr).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed.solver).toMatchObject({ method: 'exact', optimal: true });
    // The anytime solve's report (issue 19): the default budget, a proven bound and no gap.
    expect(printed.solver).toMatchObject({ lowerBound: 1, gap: 0, timeBudgetMs: 500 });
    expect(printed.teams[0].explanation.pairs).toEqual([{ a: 'm1', b: 'm2', distance: 1 }]);
  });

  it('team: --time-budget sets the solver budget; a bad value is named with exit code 2', async () => {
    const run = await runCli([
      'match',
      'team',
      '--input',
      file('budget.json', TEAM),
      '--time-budget',
      '50',
      '--verbose',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).solver).toMatchObject({ timeBudgetMs: 50, optimal: true });
    const bad = await runCli([
      'match',
      'team',
      '--input',
      file('budget.json', TEAM),
      '--time-budget',
      'soon',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^passerelle: --time-budget: must be a whole number of milliseconds/);
  });

  it('team: exit code 2 and the reason when no team can fill the requirements', async () => {
    const infeasible = { ...TEAM, requirements: [{ skill: 'ceramics', minLevel: 3, count: 4 }] };
    const run = await runCli(['match', 'team', '--input', file('infeasible.json', infeasible)]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('requirement "ceramics"');
    expect(run.stderr).toContain('cannot be filled');
  });

  it('team: exit code 2 naming the failing field, or the line and column of broken JSON', async () => {
    const badField = { ...TEAM, requirements: [{ skill: 'ceramics', minLevel: 9, count: 1 }] };
    const run = await runCli(['match', 'team', '--input', file('bad-field.json', badField)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^passerelle: requirements\.0\.minLevel: /);

    const broken = file('broken.json', '{\n  "candidates": [\n    { "id": "m1", }\n  ]\n}');
    const syntax = await runCli(['match', 'team', '--input', broken]);
    expect(syntax.code).toBe(2);
    expect(syntax.stdout).toBe('');
    expect(syntax.stderr).toBe(
      `passerelle: ${broken}: is not valid JSON: expected a property name in double quotes at line 3, column 19\n`,
    );
  });

  it('mentors: maximises matched mentees under capacities', async () => {
    const problem = {
      mentors: [
        { id: 'a', capacity: 1 },
        { id: 'b', capacity: 1 },
      ],
      mentees: [{ id: 'x' }, { id: 'y' }, { id: 'z' }],
      pairs: [
        { mentor: 'a', mentee: 'x', score: 0.9 },
        { mentor: 'a', mentee: 'y', score: 0.8 },
        { mentor: 'b', mentee: 'x', score: 0.5 },
      ],
    };
    const run = await runCli(['match', 'mentors', '--input', file('mentors.json', problem)]);
    expect(run.code, run.stderr).toBe(0);
    const solution = JSON.parse(run.stdout);
    expect(solution.matched).toBe(2);
    expect(solution.totalScore).toBeCloseTo(1.3);
    expect(solution.unmatched.map((u: { mentee: string }) => u.mentee)).toEqual(['z']);
  });

  it('communities: finds two cliques joined by one edge', async () => {
    const clique = (ids: string[]) =>
      ids.flatMap((a, i) => ids.slice(i + 1).map((b) => ({ source: a, target: b, weight: 1 })));
    const problem = {
      nodes: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
      edges: [
        ...clique(['a', 'b', 'c', 'd']),
        ...clique(['e', 'f', 'g', 'h']),
        { source: 'd', target: 'e', weight: 1 },
      ],
      resolution: 1,
    };
    const run = await runCli(['match', 'communities', '--input', file('communities.json', problem)]);
    expect(run.code, run.stderr).toBe(0);
    const solution = JSON.parse(run.stdout);
    expect(solution.communities.map((c: string[]) => [...c].sort()).sort()).toEqual([
      ['a', 'b', 'c', 'd'],
      ['e', 'f', 'g', 'h'],
    ]);
    expect(solution.modularity).toBeGreaterThan(0.3);
  });
});

describe('passerelle notice', () => {
  it('prints a notice as JSON', async () => {
    const run = await runCli(['notice', examplePath('cn_24_minimal.xml')]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      noticeId: 'f42be27e-09cf-4f0e-a745-63ec689631e6',
      cpv: ['72230000'],
    });
  });

  it('refuses a notice without its identity (exit code 2)', async () => {
    const run = await runCli(['notice', examplePath('INVALID_cn_24_empty.xml')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('not a usable eForms notice');
  });
});
