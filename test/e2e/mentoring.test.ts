// Mentoring end to end through GraphQL on the real embedded store, with the
// in-process workers running the round jobs: consent, capacities and shared
// languages always respected, unmatched mentees with their reason, accept →
// MENTORS edge, a declined pair never back in its round, the re-match pass
// leaving accepted pairs alone, ad-hoc ranking and asking, end with feedback.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceData } from '../../domain/referenceData.js';
import { Taxonomy } from '../../domain/taxonomy.js';
import type { JobSnapshot, WorkerPool } from '../../workers/jobQueue.js';
import { SkillAffinity } from '../../workers/matching/mentorAssignment/index.js';
import { buildProcessorDeps } from '../../workers/processorDependencies.js';
import { bindProcessors } from '../../workers/processorMap.js';
import { type ApiFixture, gql, startApiFixture } from '../api/apiFixture.js';
import { accountFor, bearer } from '../api/authHelpers.js';

let fixture: ApiFixture;
let pool: WorkerPool;
const finished = new Map<string, (job: JobSnapshot) => void>();

const reference = loadReferenceData();
const taxonomy = new Taxonomy(reference.skills);
const affinity = new SkillAffinity(taxonomy);
const FILIERE = reference.filieres[0]!.id;
const TAUGHT = reference.skills.find((s) => taxonomy.has(s.id))!.id;
/** A skill no offer comes close to. */
const UNTAUGHT = reference.skills.find((s) => affinity.match(s.id, TAUGHT) === null)!.id;

interface Person {
  id: string;
  token: string;
}

async function call<T = Record<string, unknown>>(token: string, query: string, variables = {}) {
  return gql<T>(fixture.app, query, variables, bearer(token));
}

async function ok<T = Record<string, unknown>>(token: string, query: string, variables = {}): Promise<T> {
  const res = await call<T>(token, query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

let people = 0;
async function person(name: string): Promise<Person> {
  people += 1;
  const res = await gql<{ signUp: { token: string } }>(
    fixture.app,
    'mutation($input: SignUpInput!) { signUp(input: $input) { token } }',
    { input: { email: `mentoring${people}@example.org`, password: 'a long password', name } },
  );
  const account = await fixture.services.accounts.getByEmail(`mentoring${people}@example.org`);
  // Suggestions are opt-in at sign-up: these people agree to be matched for mentoring.
  await ok(res.data!.signUp.token, 'mutation { setMyPrivacy(input: { suggestForMentoring: true }) { id } }');
  return { id: account!.memberId!, token: res.data!.signUp.token };
}

const REQUEST = `mutation($input: MentorRequestInput!) { requestMentor(input: $input) { status skills } }`;
const OFFER = `mutation($input: MentorOfferInput!) { offerMentoring(input: $input) { status capacity } }`;
const MENTORSHIP =
  'id status mentorId menteeId mentorAccepted menteeAccepted score reasons(language: EN) feedback';
const ROUND = `id status passes jobId unmatched { menteeId reason } mentorships { ${MENTORSHIP} }`;

async function ask(p: Person, skills: string[], languages: string[]) {
  await ok(p.token, REQUEST, {
    input: { skills, languages, mode: 'EITHER', filiere: FILIERE, goals: 'learn' },
  });
}
async function offer(p: Person, capacity: number, languages: string[], mode = 'EITHER') {
  await ok(p.token, OFFER, { input: { skills: [TAUGHT], capacity, languages, mode } });
}

function jobDone(id: string): Promise<JobSnapshot> {
  return new Promise((resolve) => {
    finished.set(id, resolve);
    void fixture.services.jobs.getJob(id).then((job) => {
      if (job && (job.state === 'completed' || job.state === 'failed')) resolve(job);
    });
  });
}

interface Mentorship {
  id: string;
  status: string;
  mentorId: string;
  menteeId: string;
  score: number;
  reasons: string[];
  feedback: number | null;
}
interface Responded {
  respondToMentorship: { status: string };
}
interface Round {
  id: string;
  status: string;
  passes: number;
  jobId: string;
  unmatched: { menteeId: string; reason: string }[];
  mentorships: Mentorship[];
}

async function runPass(token: string, mutation: string, variables = {}): Promise<Round> {
  const data = await ok<Record<string, Round>>(token, mutation, variables);
  const round = Object.values(data)[0]!;
  const job = await jobDone(round.jobId);
  expect(job.state).toBe('completed');
  return (
    await ok<{ mentoringRound: Round }>(token, `query($id: ID!) { mentoringRound(id: $id) { ${ROUND} } }`, {
      id: round.id,
    })
  ).mentoringRound;
}

beforeAll(async () => {
  fixture = await startApiFixture({ members: 60 });
  const { services } = fixture;
  await services.jobs.on('completed', (e) => finished.get(e.id)?.({ state: 'completed' } as JobSnapshot));
  await services.jobs.on('failed', (e) =>
    finished.get(e.id)?.({ state: 'failed', error: e.error } as JobSnapshot),
  );
  pool = await services.jobs.startWorkers(
    bindProcessors(
      buildProcessorDeps({ graph: services.graph, events: services.events, taxonomy: services.taxonomy }),
    ),
    { events: services.events },
  );
}, 60_000);
afterAll(async () => {
  await pool?.close();
  await fixture?.close();
});

describe('mentoring', () => {
  let conseiller: string;
  const m: Record<string, Person> = {};

  it('refuses requests and offers without the mentoring consent, naming the field', async () => {
    const shy = await person('Shy Newcomer');
    await ok(shy.token, 'mutation { setMyPrivacy(input: { suggestForMentoring: false }) { id } }');
    for (const [query, input] of [
      [REQUEST, { skills: [TAUGHT], languages: ['fr'], mode: 'EITHER' }],
      [OFFER, { skills: [TAUGHT], capacity: 1, languages: ['fr'], mode: 'EITHER' }],
    ] as const) {
      const res = await call(shy.token, query, { input });
      expect(res.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'privacy.suggestForMentoring',
      });
    }
    const bad = await call(shy.token, OFFER, {
      input: { skills: ['no-such-skill'], capacity: 11, languages: ['fr'], mode: 'EITHER' },
    });
    expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('says its refusals in the reader’s language (fr, nl), by a reason code and its parameters', async () => {
    const reader = await person('Lecteur Polyglotte');
    const refusal = async (language: string, query: string, variables: Record<string, unknown> = {}) => {
      const res = await gql(fixture.app, query, variables, {
        ...bearer(reader.token),
        'accept-language': language,
      });
      return res.errors![0]!;
    };
    const tooMany = 'query { topMentors(n: 50) { mentorId } }';
    const fr = await refusal('fr', tooMany);
    expect(fr.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: { code: 'value.between' } });
    expect(fr.message).toBe('n: doit être compris entre 1 et 20');
    expect((await refusal('nl', tooMany)).message).toBe('n: moet tussen 1 en 20 liggen');
    const unknownSkill = {
      input: { skills: ['no-such-skill'], capacity: 1, languages: ['fr'], mode: 'EITHER' },
    };
    const skillFr = await refusal('fr', OFFER, unknownSkill);
    expect(skillFr.extensions).toMatchObject({
      reason: { code: 'skill.unknown', params: { skill: 'no-such-skill' } },
    });
    expect(skillFr.message).toBe('input.skills.0: compétence inconnue « no-such-skill »');
    expect((await refusal('nl', OFFER, unknownSkill)).message).toBe(
      'input.skills.0: onbekende vaardigheid "no-such-skill"',
    );
  });

  it('a round proposes pairs within capacities and shared languages, and says why others are left', async () => {
    for (const name of ['Anna', 'Bert', 'Cees']) m[name] = await person(`${name} Mentor`);
    for (const name of ['x', 'y', 'u', 'z', 'w', 'v', 'r']) m[name] = await person(`Mentee ${name}`);
    await offer(m.Anna!, 1, ['fr']);
    await offer(m.Bert!, 1, ['fr', 'en'], 'REMOTE');
    await offer(m.Cees!, 2, ['nl']);
    for (const name of ['x', 'y', 'u']) await ask(m[name]!, [TAUGHT], ['fr']);
    await ask(m.z!, [TAUGHT], ['de']);
    await ask(m.w!, [UNTAUGHT], ['fr', 'nl']);
    await ask(m.v!, [TAUGHT], ['nl']);
    await ask(m.r!, [TAUGHT], ['fr']);
    // r withdraws consent after asking: never matched, never listed.
    await ok(m.r!.token, 'mutation { setMyPrivacy(input: { suggestForMentoring: false }) { id } }');

    const member = await call(m.x!.token, `mutation { startMentoringRound { id } }`);
    expect(member.errors![0]!.extensions!.code).toBe('FORBIDDEN');

    conseiller = await accountFor(fixture.app, fixture.services, {
      email: 'conseiller.mentoring@example.org',
      memberId: null,
      roles: ['conseiller'],
      scopeFilieres: [FILIERE],
    });
    const round = await runPass(conseiller, `mutation { startMentoringRound { ${ROUND} } }`);
    expect(round.passes).toBe(1);

    const byMentor = new Map<string, string[]>();
    for (const s of round.mentorships)
      byMentor.set(s.mentorId, [...(byMentor.get(s.mentorId) ?? []), s.menteeId]);
    expect(byMentor.get(m.Anna!.id)).toHaveLength(1);
    expect(byMentor.get(m.Bert!.id)).toHaveLength(1);
    expect(byMentor.get(m.Cees!.id)).toEqual([m.v!.id]);
    const frMentees = [m.x!.id, m.y!.id, m.u!.id];
    const matchedFr = [...byMentor.get(m.Anna!.id)!, ...byMentor.get(m.Bert!.id)!];
    expect(matchedFr.every((id) => frMentees.includes(id))).toBe(true);
    for (const s of round.mentorships) {
      expect(s.status).toBe('proposed');
      expect(s.reasons.some((line) => line.startsWith('Shared language'))).toBe(true);
    }
    const reasons = Object.fromEntries(round.unmatched.map((u) => [u.menteeId, u.reason]));
    const leftFr = frMentees.find((id) => !matchedFr.includes(id))!;
    expect(reasons).toEqual({
      [leftFr]: 'capacity exhausted',
      [m.z!.id]: 'no shared language',
      [m.w!.id]: 'no mentor for that skill',
    });
  });

  it('accept on both sides makes a MENTORS edge; a decline is re-matched without disturbing accepted pairs', async () => {
    const mine = async (p: Person) =>
      (await ok<{ myMentorships: Mentorship[] }>(p.token, `{ myMentorships { ${MENTORSHIP} } }`))
        .myMentorships;
    const [annaPair] = await mine(m.Anna!);
    const [bertPair] = await mine(m.Bert!);
    const annaMentee = Object.values(m).find((p) => p.id === annaPair!.menteeId)!;
    const bertMentee = Object.values(m).find((p) => p.id === bertPair!.menteeId)!;
    const respond =
      'mutation($id: ID!, $a: Boolean!) { respondToMentorship(id: $id, accept: $a) { status } }';

    expect(
      (await ok<Responded>(m.Anna!.token, respond, { id: annaPair!.id, a: true })).respondToMentorship.status,
    ).toBe('proposed');
    const other = await call(m.Cees!.token, respond, { id: annaPair!.id, a: true });
    expect(other.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(
      (await ok<Responded>(annaMentee.token, respond, { id: annaPair!.id, a: true })).respondToMentorship
        .status,
    ).toBe('active');
    const edge = await fixture.services.graph.read<{ n: number }>(
      'MATCH (a:Member {id: $a})-[:MENTORS]->(b:Member {id: $b}) RETURN count(*) AS n',
      { a: m.Anna!.id, b: annaMentee.id },
    );
    expect(edge[0]!.n).toBe(1);

    expect(
      (await ok<Responded>(m.Bert!.token, respond, { id: bertPair!.id, a: false })).respondToMentorship
        .status,
    ).toBe('declined');
    const roundId = (
      await ok<{ myMentorships: { roundId: string }[] }>(m.Bert!.token, '{ myMentorships { roundId } }')
    ).myMentorships[0]!.roundId;
    const round = await runPass(
      conseiller,
      'mutation($id: ID!) { rematchMentoringRound(id: $id) { id jobId } }',
      {
        id: roundId,
      },
    );
    expect(round.passes).toBe(2);
    const live = round.mentorships.filter((s) => s.status !== 'declined');
    // The declined pair never comes back; Bert's freed place goes to the mentee left out before.
    expect(
      round.mentorships.filter((s) => s.mentorId === m.Bert!.id && s.menteeId === bertMentee.id),
    ).toHaveLength(1);
    const bertNow = live.filter((s) => s.mentorId === m.Bert!.id);
    expect(bertNow).toHaveLength(1);
    expect(bertNow[0]!.menteeId).not.toBe(bertMentee.id);
    // The accepted pair is untouched and Anna is not given a second mentee.
    expect(live.filter((s) => s.mentorId === m.Anna!.id).map((s) => s.status)).toEqual(['active']);
    expect(round.unmatched.find((u) => u.menteeId === bertMentee.id)?.reason).toBe('capacity exhausted');
  });

  it('ranks mentors ad hoc with reasons, asks one directly, and feedback counts in later scores', async () => {
    const newcomer = await person('Late Newcomer');
    await ask(newcomer, [TAUGHT], ['nl']);
    const top = await ok<{
      topMentors: { mentorId: string; score: number; freePlaces: number; reasons: string[] }[];
    }>(newcomer.token, '{ topMentors(n: 3) { mentorId score freePlaces reasons(language: EN) } }');
    expect(top.topMentors.map((c) => c.mentorId)).toEqual([m.Cees!.id]);
    expect(top.topMentors[0]!.freePlaces).toBe(1);
    expect(top.topMentors[0]!.reasons.join(' ')).toMatch(/No feedback from past mentees yet/);

    const asked = await ok<{ askMentor: Mentorship & { menteeAccepted: boolean } }>(
      newcomer.token,
      `mutation($id: String!) { askMentor(mentorId: $id) { ${MENTORSHIP} } }`,
      { id: m.Cees!.id },
    );
    expect(asked.askMentor).toMatchObject({ status: 'proposed', menteeAccepted: true });
    const full = await call(newcomer.token, 'mutation($id: String!) { askMentor(mentorId: $id) { id } }', {
      id: m.Anna!.id,
    });
    expect(full.errors![0]!.extensions!.code).toMatch(/CONFLICT|BAD_USER_INPUT/);

    // Cees accepts, then the mentee ends it with feedback 5.
    await ok(m.Cees!.token, 'mutation($id: ID!) { respondToMentorship(id: $id, accept: true) { status } }', {
      id: asked.askMentor.id,
    });
    const mentorFeedback = await call(
      m.Cees!.token,
      'mutation($id: ID!) { endMentorship(id: $id, feedback: 4) { status } }',
      { id: asked.askMentor.id },
    );
    expect(mentorFeedback.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const outOfRange = await call(
      newcomer.token,
      'mutation($id: ID!) { endMentorship(id: $id, feedback: 6) { id } }',
      {
        id: asked.askMentor.id,
      },
    );
    expect(outOfRange.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'feedback' });
    const ended = await ok<{ endMentorship: Mentorship }>(
      newcomer.token,
      `mutation($id: ID!) { endMentorship(id: $id, feedback: 5) { ${MENTORSHIP} } }`,
      { id: asked.askMentor.id },
    );
    expect(ended.endMentorship).toMatchObject({ status: 'ended', feedback: 5 });

    const another = await person('Another Newcomer');
    await ask(another, [TAUGHT], ['nl']);
    const after = await ok<{
      topMentors: {
        mentorId: string;
        score: number;
        reasons: string[];
        fr: string[];
        nl: string[];
        reasonDetails: { code: string; value: number | null; count: number | null }[];
      }[];
    }>(
      another.token,
      '{ topMentors { mentorId score reasons(language: EN) fr: reasons(language: FR) nl: reasons(language: NL) reasonDetails { code value count } } }',
    );
    expect(after.topMentors[0]!.reasons).toContain('Past mentees rated the mentor 5/5 (1 rating)');
    expect(after.topMentors[0]!.fr).toContain('Note des mentorés précédents : 5/5 (1 avis)');
    expect(after.topMentors[0]!.nl).toContain('Score van eerdere mentees: 5/5 (1 beoordeling)');
    expect(after.topMentors[0]!.reasonDetails).toContainEqual({ code: 'feedback', value: 5, count: 1 });
    // The skill by its French label, never its slug, and no English in the French sentences.
    const frenchLines = after.topMentors[0]!.fr.join('\n');
    expect(frenchLines).toContain(taxonomy.label(TAUGHT, 'fr'));
    expect(frenchLines).not.toContain(TAUGHT);
    expect(frenchLines).not.toMatch(/\b(Wants|Shared|mentor is|km apart)\b/);
    expect(after.topMentors[0]!.score).toBeGreaterThan(top.topMentors[0]!.score);
  });

  it('withdrawing takes a request out of rounds and rankings', async () => {
    await ok(m.z!.token, 'mutation { withdrawMentorRequest }');
    const mine = await ok<{ myMentorRequest: { status: string } }>(
      m.z!.token,
      '{ myMentorRequest { status } }',
    );
    expect(mine.myMentorRequest.status).toBe('withdrawn');
    const res = await call(m.z!.token, '{ topMentors { mentorId } }');
    expect(res.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});
