import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { memberRecordSchema, NEWCOMER_PERIOD_MS } from '../../domain/entities/member.js';
import { haversineKm } from '../../domain/geo.js';
import { NAMES } from './names.js';
import { countRelationships } from './relationshipCounts.js';
import { YEAR_MS } from './syntheticMembers.js';
import { DEFAULT_SEED_NOW, generateNetwork } from './syntheticNetwork.js';

const MEMBERS = 3000;
const network = generateNetwork({ members: MEMBERS, seed: 42 });
const { members, projects, collaborations, mentorships } = network;

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
const share = (predicate: (m: (typeof members)[number]) => boolean) =>
  members.filter(predicate).length / members.length;

describe('determinism', () => {
  it('gives byte-identical output for the same seed and different output for another', () => {
    expect(hash(generateNetwork({ members: MEMBERS, seed: 42 }))).toBe(hash(network));
    expect(hash(generateNetwork({ members: MEMBERS, seed: 43 }))).not.toBe(hash(network));
  });

  it('does not depend on the clock: "now" defaults to a fixed date', () => {
    const explicit = generateNetwork({ members: 200, seed: 7, now: DEFAULT_SEED_NOW });
    expect(hash(generateNetwork({ members: 200, seed: 7 }))).toBe(hash(explicit));
    for (const m of explicit.members) expect(m.joinedAt).toBeLessThanOrEqual(DEFAULT_SEED_NOW);
  });

  it('rejects a negative or fractional member count', () => {
    expect(() => generateNetwork({ members: -1, seed: 1 })).toThrow(/members/);
    expect(() => generateNetwork({ members: 2.5, seed: 1 })).toThrow(/members/);
    expect(generateNetwork({ members: 0, seed: 1 }).members).toEqual([]);
  });
});

describe('members', () => {
  it('are all valid member records', () => {
    for (const m of members) {
      const result = memberRecordSchema.safeParse(m);
      expect(result.success, `${m.id}: ${result.error?.message}`).toBe(true);
    }
    expect(members).toHaveLength(MEMBERS);
  });

  it('have unique ids, handles and e-mails, only at example domains', () => {
    expect(new Set(members.map((m) => m.id)).size).toBe(MEMBERS);
    expect(new Set(members.map((m) => m.handle)).size).toBe(MEMBERS);
    expect(new Set(members.map((m) => m.email)).size).toBe(MEMBERS);
    for (const m of members) expect(m.email).toMatch(/@example\.(org|com|net)$/);
  });

  it('use fake phone ranges only', () => {
    for (const m of members) {
      if (m.phone !== null) expect(m.phone).toMatch(/^\+(33 1 99 00 \d\d \d\d|\d\d 555 \d\d \d\d \d\d)$/);
    }
    expect(share((m) => m.phone === null)).toBeGreaterThan(0.15);
  });

  it('reference only existing skills, spaces, communities and filières', () => {
    const ids = (list: { id: string }[]) => new Set(list.map((x) => x.id));
    const [skills, spaces, communities, filieres] = [
      ids(network.skills),
      ids(network.spaces),
      ids(network.communities),
      ids(network.filieres),
    ];
    for (const m of members) {
      for (const s of m.skills) expect(skills.has(s.skill)).toBe(true);
      for (const s of m.spaces) expect(spaces.has(s)).toBe(true);
      for (const c of m.communities) expect(communities.has(c)).toBe(true);
      for (const f of m.filieres) expect(filieres.has(f)).toBe(true);
      expect(new Set(m.skills.map((s) => s.skill)).size).toBe(m.skills.length);
    }
  });

  it('live near their home space, in its city and country', () => {
    const spaces = new Map(network.spaces.map((s) => [s.id, s]));
    for (const m of members) {
      const home = spaces.get(m.spaces[0]!)!;
      expect(m.city).toBe(home.city);
      expect(m.country).toBe(home.country);
      expect(haversineKm({ lat: m.lat!, lon: m.lon! }, { lat: home.lat!, lon: home.lon! })).toBeLessThan(20);
      expect(m.spaces.length).toBeGreaterThanOrEqual(1);
      expect(m.spaces.length).toBeLessThanOrEqual(2);
    }
  });

  it('carry names and languages that fit their region', () => {
    const inCity = (city: string) => members.filter((m) => m.city === city);
    const flemish = [...inCity('Gent'), ...inCity('Antwerpen')];
    const walloon = [...inCity('Liège'), ...inCity('Namur')];
    const french = members.filter((m) => m.country === 'FR');
    expect(flemish.length).toBeGreaterThan(20);
    for (const m of flemish) {
      expect(NAMES['be-nl'].given).toContain(m.name.split(' ')[0]);
      expect(m.languages).toContain('nl');
    }
    for (const m of walloon) expect(m.languages[0]).toBe('fr');
    for (const m of french) {
      expect(NAMES.fr.family).toContain(m.name.slice(m.name.indexOf(' ') + 1));
      expect(m.preferredLanguage).toBe('fr');
    }
  });

  it('are spread over countries, mostly Belgium and France', () => {
    const be = share((m) => m.country === 'BE');
    const fr = share((m) => m.country === 'FR');
    expect(be).toBeGreaterThan(0.42);
    expect(be).toBeLessThan(0.58);
    expect(fr).toBeGreaterThan(0.3);
    expect(fr).toBeLessThan(0.44);
    expect(new Set(members.map((m) => m.country)).size).toBeGreaterThanOrEqual(7);
  });

  it('have 2–8 skills with levels 1..5, drawn mostly from their filière', () => {
    const coreOf = new Map(network.filieres.map((f) => [f.id, new Set(f.coreSkills)]));
    let withCoreSkill = 0;
    let inFiliere = 0;
    for (const m of members) {
      expect(m.skills.length).toBeGreaterThanOrEqual(2);
      expect(m.skills.length).toBeLessThanOrEqual(8);
      if (m.filieres.length > 0) {
        inFiliere++;
        if (m.skills.some((s) => coreOf.get(m.filieres[0]!)!.has(s.skill))) withCoreSkill++;
      }
    }
    expect(withCoreSkill).toBe(inFiliere);
    expect(inFiliere / MEMBERS).toBeGreaterThan(0.8);
    expect(inFiliere / MEMBERS).toBeLessThan(0.9);
  });

  it('count ~8 % newcomers with low levels and ~10 % experienced members with high levels', () => {
    const newcomers = members.filter((m) => DEFAULT_SEED_NOW - m.joinedAt < NEWCOMER_PERIOD_MS);
    expect(newcomers.length / MEMBERS).toBeGreaterThan(0.06);
    expect(newcomers.length / MEMBERS).toBeLessThan(0.1);
    const meanLevel = (list: typeof members) =>
      list.flatMap((m) => m.skills.map((s) => s.level)).reduce((a, b) => a + b, 0) /
      list.reduce((n, m) => n + m.skills.length, 0);
    const joinedYearsAgo = (m: (typeof members)[number]) => (DEFAULT_SEED_NOW - m.joinedAt) / YEAR_MS;
    const experts = members.filter((m) => m.skills[0]!.level >= 4 && m.skills[1]!.level >= 4);
    expect(meanLevel(newcomers)).toBeLessThan(2);
    expect(experts.length / MEMBERS).toBeGreaterThan(0.1);
    expect(experts.filter((m) => joinedYearsAgo(m) >= 5).length / experts.length).toBeGreaterThan(0.6);
    const senior = members.filter((m) => joinedYearsAgo(m) >= 6);
    const junior = members.filter((m) => joinedYearsAgo(m) >= 1 && joinedYearsAgo(m) < 6);
    expect(meanLevel(senior) - meanLevel(junior)).toBeGreaterThan(0.4);
    const oldest = Math.min(...members.map((m) => m.joinedAt));
    expect((DEFAULT_SEED_NOW - oldest) / YEAR_MS).toBeGreaterThan(13);
    expect((DEFAULT_SEED_NOW - oldest) / YEAR_MS).toBeLessThanOrEqual(15);
  });

  it('vary availability and privacy', () => {
    expect(share((m) => m.privacy.visibility === 'network')).toBeGreaterThan(0.9);
    expect(share((m) => m.privacy.visibility === 'spaces')).toBeGreaterThan(0.03);
    expect(share((m) => m.privacy.visibility === 'spaces')).toBeLessThan(0.07);
    expect(share((m) => m.privacy.visibility === 'nobody')).toBeGreaterThan(0.005);
    expect(share((m) => m.privacy.visibility === 'nobody')).toBeLessThan(0.035);
    expect(share((m) => !m.privacy.suggestForBids)).toBeGreaterThan(0.07);
    expect(share((m) => !m.privacy.suggestForBids)).toBeLessThan(0.13);
    for (const a of ['available', 'limited', 'unavailable'] as const) {
      expect(share((m) => m.availability === a)).toBeGreaterThan(0.1);
    }
  });
});

describe('projects and collaborations', () => {
  const byId = new Map(members.map((m) => [m.id, m]));

  it('link 2–6 existing, distinct members, after they joined', () => {
    expect(projects.length).toBeGreaterThan(MEMBERS * 0.2);
    for (const p of projects) {
      expect(p.members.length).toBeGreaterThanOrEqual(2);
      expect(p.members.length).toBeLessThanOrEqual(6);
      expect(new Set(p.members.map((x) => x.member)).size).toBe(p.members.length);
      expect(p.members[0]!.role).toBe('lead');
      for (const { member } of p.members) {
        expect(byId.has(member)).toBe(true);
        expect(p.startedAt).toBeGreaterThanOrEqual(byId.get(member)!.joinedAt);
      }
      if (p.endedAt !== null) expect(p.endedAt).toBeGreaterThan(p.startedAt);
      expect(p.endedAt ?? 0).toBeLessThanOrEqual(DEFAULT_SEED_NOW);
    }
  });

  it('form clusters by space with some bridges across countries', () => {
    const leadOf = (p: (typeof projects)[number]) => byId.get(p.members[0]!.member)!;
    const sameSpace = projects.filter((p) =>
      p.members.every((x) => byId.get(x.member)!.spaces[0] === leadOf(p).spaces[0]),
    );
    const crossCountry = projects.filter((p) =>
      p.members.some((x) => byId.get(x.member)!.country !== leadOf(p).country),
    );
    expect(sameSpace.length / projects.length).toBeGreaterThan(0.3);
    expect(crossCountry.length).toBeGreaterThan(0);
    expect(crossCountry.length / projects.length).toBeLessThan(0.25);
  });

  it('derive one COLLABORATED_WITH per pair, source < target, weight = shared projects', () => {
    const expected = new Map<string, number>();
    for (const p of projects) {
      const ids = p.members.map((x) => x.member).sort();
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const key = `${ids[i]} ${ids[j]}`;
          expected.set(key, (expected.get(key) ?? 0) + 1);
        }
      }
    }
    const actual = new Map<string, number>();
    for (const c of collaborations) {
      expect(c.source < c.target).toBe(true);
      actual.set(`${c.source} ${c.target}`, c.weight);
    }
    expect(actual.size).toBe(collaborations.length);
    expect(actual).toEqual(expected);
    expect(collaborations.some((c) => c.weight > 1)).toBe(true);
  });
});

describe('mentorships', () => {
  it('pair experienced members with newcomers of their filière, a few mentees each', () => {
    const byId = new Map(members.map((m) => [m.id, m]));
    const newcomers = share((m) => DEFAULT_SEED_NOW - m.joinedAt < NEWCOMER_PERIOD_MS) * MEMBERS;
    expect(mentorships.length).toBeGreaterThan(newcomers * 0.15);
    expect(mentorships.length).toBeLessThan(newcomers * 0.45);
    const load = new Map<string, number>();
    for (const s of mentorships) {
      const mentor = byId.get(s.mentorId)!;
      const mentee = byId.get(s.menteeId)!;
      expect(DEFAULT_SEED_NOW - mentee.joinedAt).toBeLessThan(NEWCOMER_PERIOD_MS);
      expect(DEFAULT_SEED_NOW - mentor.joinedAt).toBeGreaterThan(5 * YEAR_MS);
      expect(mentor.privacy.suggestForMentoring).toBe(true);
      load.set(mentor.id, (load.get(mentor.id) ?? 0) + 1);
      if (s.status === 'active' || s.status === 'ended')
        expect(s.startedAt).toBeGreaterThanOrEqual(mentee.joinedAt);
      else expect(s.startedAt).toBeNull();
      expect(s.feedback === null).toBe(s.status !== 'ended');
    }
    expect(Math.max(...load.values())).toBeLessThanOrEqual(3);
    expect(new Set(mentorships.map((s) => s.menteeId)).size).toBe(mentorships.length);
  });
});

describe('size', () => {
  it('gives about ten relationships per member (≈1 M for 100,000 members)', () => {
    const counts = countRelationships(network);
    const memberLevel = counts.total - counts.BROADER - counts.RELATED - counts.PART_OF - counts.CORE_SKILL;
    expect(memberLevel / MEMBERS).toBeGreaterThan(9);
    expect(memberLevel / MEMBERS).toBeLessThan(12);
    expect(counts.HAS_SKILL).toBe(members.reduce((n, m) => n + m.skills.length, 0));
  });

  it('includes all the reference data', () => {
    expect(network.skills.length).toBeGreaterThan(200);
    expect(network.spaces.length).toBeGreaterThan(80);
    expect(network.communities.length).toBeGreaterThan(50);
    expect(network.filieres.length).toBeGreaterThan(10);
  });
});

describe('activity (the living demo network)', () => {
  const activity = generateNetwork({ members: MEMBERS, seed: 42, activity: true }).activity!;
  const byId = new Map(members.map((m) => [m.id, m]));
  const skillIds = new Set(network.skills.map((s) => s.id));

  it('is only generated when asked for, from its own random stream', () => {
    expect(network.activity).toBeUndefined();
    const { activity: _activity, ...withActivity } = generateNetwork({
      members: 200,
      seed: 9,
      activity: true,
    });
    expect(hash(withActivity)).toBe(hash(generateNetwork({ members: 200, seed: 9 })));
  });

  it('has mentors offering free places in skills they hold at level 3 or more', () => {
    expect(activity.mentorOffers.length).toBeGreaterThan(50);
    const live = new Map<string, number>();
    for (const m of mentorships) {
      if (m.status === 'active' || m.status === 'proposed')
        live.set(m.mentorId, (live.get(m.mentorId) ?? 0) + 1);
    }
    for (const offer of activity.mentorOffers) {
      const mentor = byId.get(offer.memberId)!;
      expect(mentor.privacy.suggestForMentoring).toBe(true);
      expect(offer.capacity).toBeGreaterThan(live.get(offer.memberId) ?? 0);
      expect(offer.capacity).toBeLessThanOrEqual(10);
      for (const skill of offer.skills) {
        expect(mentor.skills.find((s) => s.skill === skill)?.level ?? 0).toBeGreaterThanOrEqual(3);
      }
      expect(offer.languages).toEqual(mentor.languages);
    }
    // A newcomer asking in French, Dutch or English finds mentors who meet remotely in that language.
    for (const language of ['fr', 'nl', 'en']) {
      expect(
        activity.mentorOffers.filter((o) => o.languages.includes(language) && o.mode !== 'in_person').length,
      ).toBeGreaterThan(5);
    }
  });

  it('has newcomers asking for a mentor, none of them already mentored', () => {
    expect(activity.mentorRequests.length).toBeGreaterThan(20);
    const mentored = new Set(mentorships.filter((m) => m.status !== 'declined').map((m) => m.menteeId));
    for (const request of activity.mentorRequests) {
      const mentee = byId.get(request.memberId)!;
      expect(DEFAULT_SEED_NOW - mentee.joinedAt).toBeLessThan(NEWCOMER_PERIOD_MS);
      expect(mentee.privacy.suggestForMentoring).toBe(true);
      expect(mentored.has(request.memberId)).toBe(false);
      for (const skill of request.skills) expect(skillIds.has(skill)).toBe(true);
    }
  });

  it('has open tenders whose deadlines lie after the seed clock, some with a bid being formed', () => {
    expect(activity.tenders.length).toBeGreaterThanOrEqual(30);
    for (const { tender } of activity.tenders) {
      expect(tender.status).toBe('open');
      expect(tender.deadline!).toBeGreaterThan(DEFAULT_SEED_NOW);
      expect(tender.createdAt).toBeLessThanOrEqual(DEFAULT_SEED_NOW);
      for (const r of tender.requirements) expect(skillIds.has(r.skill)).toBe(true);
    }
    expect(activity.bids.length).toBeGreaterThan(5);
    const tenders = new Map(activity.tenders.map((t) => [t.tender.id, t.tender]));
    for (const bid of activity.bids) {
      const tender = tenders.get(bid.tenderId)!;
      expect(bid.leadId).toBe(tender.createdBy);
      expect(bid.team[0]).toEqual({ member: bid.leadId, role: 'lead', status: 'accepted' });
      for (const seat of bid.team.slice(1)) {
        const required = tender.requirements.find((r) => r.skill === seat.role)!;
        const level = byId.get(seat.member)!.skills.find((s) => s.skill === seat.role)?.level ?? 0;
        expect(level).toBeGreaterThanOrEqual(required.minLevel);
      }
    }
  });

  it('has filière events ahead with fewer registrations than places', () => {
    expect(activity.filiereEvents.length).toBeGreaterThanOrEqual(network.filieres.length);
    for (const event of activity.filiereEvents) {
      expect(event.startsAt).toBeGreaterThan(DEFAULT_SEED_NOW);
      expect(event.registrations.length).toBeLessThanOrEqual(event.capacity!);
      for (const r of event.registrations) expect(byId.get(r.member)!.filieres).toContain(event.filiereId);
    }
  });
});
