// The graph store contract: the same cases for every adapter. Each call of
// `graphStoreContract` opens one empty store, migrates it, loads the small
// fixture network in bulk, and checks the port and every repository on it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadUserInputError, ConflictError, NotFoundError } from '../../domain/errors.js';
import { haversineKm } from '../../domain/geo.js';
import { loadReferenceData } from '../../domain/referenceData.js';
import type { GraphStore } from '../../graph/graphStore.js';
import { KUZU_MIGRATIONS } from '../../graph/migrations/kuzuMigrations.js';
import { NEO4J_MIGRATIONS } from '../../graph/migrations/neo4jMigrations.js';
import { CommunityRepository } from '../../graph/repositories/communityRepository.js';
import { FiliereRepository } from '../../graph/repositories/filiereRepository.js';
import { MemberFinder } from '../../graph/repositories/memberFinder.js';
import { MemberNeighbourhood } from '../../graph/repositories/memberNeighbourhood.js';
import { MemberRepository } from '../../graph/repositories/memberRepository.js';
import { ProjectRepository } from '../../graph/repositories/projectRepository.js';
import { SkillRepository } from '../../graph/repositories/skillRepository.js';
import { SpaceRepository } from '../../graph/repositories/spaceRepository.js';
import { contractDataset, LILLE, memberRecord, TRICKY_BIO, TRICKY_TEXT } from './graphFixtures.js';

export interface ContractStore {
  store: GraphStore;
  /** Closes the store and removes what the suite created. */
  dispose(): Promise<void>;
}

const NOW = Date.UTC(2025, 5, 1);

export function graphStoreContract(open: () => Promise<ContractStore>): void {
  let opened: ContractStore;
  let store: GraphStore;
  let members: MemberRepository;
  let neighbourhood: MemberNeighbourhood;
  const dataset = contractDataset();
  const reference = loadReferenceData();

  beforeAll(async () => {
    opened = await open();
    store = opened.store;
    members = new MemberRepository(store, () => NOW);
    neighbourhood = new MemberNeighbourhood(store);
  });
  afterAll(async () => {
    await opened?.dispose();
  });

  const count = async (cypher: string, params = {}) =>
    (await store.read<{ n: number }>(cypher, params))[0]?.n ?? Number.NaN;

  describe('schema and transactions', () => {
    it('migrates, and a second migrate applies nothing', async () => {
      const first = await store.migrate();
      const second = await store.migrate();
      expect(first.current).toBe(
        (store.dialect === 'kuzu' ? KUZU_MIGRATIONS : NEO4J_MIGRATIONS).at(-1)?.version,
      );
      expect(second).toEqual({ applied: [], current: first.current });
      expect(await store.ping()).toBe(true);
    });

    it('rolls a transaction back when its work throws', async () => {
      await expect(
        store.transaction(async (tx) => {
          await tx.run(
            "CREATE (:Community {id: 'tx-rollback', name: 'x', kind: 'network', country: 'BE', description: ''})",
          );
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await count("MATCH (c:Community {id: 'tx-rollback'}) RETURN count(c) AS n")).toBe(0);
    });

    it('rolls a transaction back when one of its statements fails', async () => {
      await store.write(
        "CREATE (:Community {id: 'tx-kept', name: 'x', kind: 'network', country: 'BE', description: ''})",
      );
      await expect(
        store.transaction(async (tx) => {
          await tx.run(
            "CREATE (:Community {id: 'tx-first', name: 'x', kind: 'network', country: 'BE', description: ''})",
          );
          await tx.run(
            "CREATE (:Community {id: 'tx-kept', name: 'dup', kind: 'network', country: 'BE', description: ''})",
          );
        }),
      ).rejects.toThrow();
      expect(await count("MATCH (c:Community) WHERE c.id STARTS WITH 'tx-' RETURN count(c) AS n")).toBe(1);
      await store.write("MATCH (c:Community {id: 'tx-kept'}) DETACH DELETE c");
    });

    it('commits a transaction and returns what its work returned', async () => {
      const result = await store.transaction(async (tx) => {
        await tx.run(
          "CREATE (:Community {id: 'tx-a', name: 'a', kind: 'network', country: 'BE', description: ''})",
        );
        await tx.run(
          "CREATE (:Community {id: 'tx-b', name: 'b', kind: 'network', country: 'BE', description: ''})",
        );
        return 'done';
      });
      expect(result).toBe('done');
      expect(await count("MATCH (c:Community) WHERE c.id STARTS WITH 'tx-' RETURN count(c) AS n")).toBe(2);
      await store.write("MATCH (c:Community) WHERE c.id STARTS WITH 'tx-' DETACH DELETE c");
    });
  });

  describe('bulk load', () => {
    it('loads the network and reports progress up to every table', async () => {
      const progress: { done: number; total: number }[] = [];
      await store.bulkLoad(dataset, (p) => progress.push({ done: p.done, total: p.total }));
      const last = progress.at(-1)!;
      expect(last.done).toBe(last.total);
      expect(last.total).toBeGreaterThanOrEqual(18);
    });

    it('holds every node and relationship of the dataset', async () => {
      expect(await count('MATCH (m:Member) RETURN count(m) AS n')).toBe(12);
      expect(await count('MATCH (s:Skill) RETURN count(s) AS n')).toBe(reference.skills.length);
      expect(await count('MATCH (s:Space) RETURN count(s) AS n')).toBe(reference.spaces.length);
      expect(await count('MATCH ()-[r:HAS_SKILL]->() RETURN count(r) AS n')).toBe(
        dataset.members.reduce((n, m) => n + m.skills.length, 0),
      );
      expect(await count('MATCH ()-[r:BROADER]->() RETURN count(r) AS n')).toBe(
        reference.skills.filter((s) => s.broader).length,
      );
      expect(await count('MATCH ()-[r:COLLABORATED_WITH]->() RETURN count(r) AS n')).toBe(4);
      expect(await count('MATCH ()-[r:MENTORS]->() RETURN count(r) AS n')).toBe(1);
      expect(await count('MATCH (m:Mentorship) RETURN count(m) AS n')).toBe(2);
    });

    it('reads members back exactly as loaded, text, lists and privacy included', async () => {
      for (const record of dataset.members) {
        const { skills: _s, spaces: _sp, communities: _c, filieres: _f, ...member } = record;
        expect(await members.get(record.id)).toEqual(member);
      }
      const tricky = await members.get('m09');
      expect(tricky?.name).toBe(TRICKY_TEXT);
      expect(tricky?.bio).toBe(TRICKY_BIO);
    });

    it("reads a member's skills with levels, spaces and collaborators", async () => {
      expect(await neighbourhood.skills('m01')).toEqual([
        { skill: 'wheel-throwing', level: 5, years: 8 },
        { skill: 'ceramics', level: 4, years: 6 },
      ]);
      expect((await neighbourhood.spaces('m01')).map((s) => s.id)).toEqual(['la-coroutine']);
      const collaborators = await neighbourhood.collaborators('m01');
      expect(collaborators.map((c) => [c.member.id, c.weight])).toEqual([
        ['m02', 3],
        ['m07', 2],
        ['m04', 1.5],
      ]);
      expect((await neighbourhood.collaborators('m02')).map((c) => [c.member.id, c.weight])).toEqual([
        ['m01', 3],
        ['m03', 1],
      ]);
      expect((await neighbourhood.collaborators('m01', 1)).length).toBe(1);
    });

    it('refuses a dataset with a dangling reference, naming the field, before writing anything', async () => {
      const broken = {
        ...contractDataset(),
        members: [memberRecord(99, { skills: [{ skill: 'nope', level: 1, years: 0 }] })],
      };
      const error = await store.bulkLoad(broken).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BadUserInputError);
      expect((error as BadUserInputError).problems[0]?.path).toEqual(['members', 0, 'skills', 0, 'skill']);
      expect(await members.get('m99')).toBeNull();
    });
  });

  describe('port', () => {
    it('readByKeys answers per key, in order, with nothing for unknown keys', async () => {
      const rows = await store.readByKeys<{ id: string }>('MATCH (m:Member {id: $key}) RETURN m.id AS id', [
        'm03',
        'nope',
        'm01',
        'm03',
      ]);
      expect(rows).toEqual([[{ id: 'm03' }], [], [{ id: 'm01' }], [{ id: 'm03' }]]);
      expect(await store.readByKeys('MATCH (m:Member {id: $key}) RETURN m.id AS id', [])).toEqual([]);
    });

    it('stores parameters that look like Cypher as plain text', async () => {
      await store.write(
        'CREATE (:Community {id: $id, name: $name, kind: $kind, country: $country, description: $description})',
        { id: TRICKY_TEXT, name: TRICKY_TEXT, kind: 'network', country: 'BE', description: "x' OR 1=1 //" },
      );
      const rows = await store.read<{ name: string; description: string }>(
        'MATCH (c:Community {id: $id}) RETURN c.name AS name, c.description AS description',
        { id: TRICKY_TEXT },
      );
      expect(rows).toEqual([{ name: TRICKY_TEXT, description: "x' OR 1=1 //" }]);
      expect(await count('MATCH (m:Member) RETURN count(m) AS n')).toBe(12);
      expect(await members.getByHandle(TRICKY_TEXT)).toBeNull();
      await store.write('MATCH (c:Community {id: $id}) DETACH DELETE c', { id: TRICKY_TEXT });
    });
  });

  describe('members', () => {
    it('finds a member by id, handle, e-mail and external id', async () => {
      expect((await members.get('m03'))?.name).toBe('Chloé Dubois');
      expect((await members.getByHandle('member-m04'))?.id).toBe('m04');
      expect((await members.getByEmail('m05@example.org'))?.id).toBe('m05');
      expect((await members.getByExternalId('ext-m06'))?.id).toBe('m06');
      expect(await members.get('nope')).toBeNull();
      expect(await members.getByEmail('nope@example.org')).toBeNull();
    });

    it('getMany keeps the order of the ids and gives null for unknown ones', async () => {
      const found = await members.getMany(['m03', 'nope', 'm01', 'm03']);
      expect(found.map((m) => m?.id ?? null)).toEqual(['m03', null, 'm01', 'm03']);
      expect(await members.getMany([])).toEqual([]);
    });

    it('lists members by skill, space, city, community and filière, by name, with a total', async () => {
      const ids = async (filter: Parameters<MemberRepository['list']>[0]) =>
        (await members.list(filter, { offset: 0, limit: 50 })).items.map((m) => m.id);
      expect(await ids({ skill: 'ceramics' })).toEqual(['m01', 'm04', 'm08']);
      expect(await ids({ space: 'la-coroutine' })).toEqual(['m01', 'm07']);
      expect(await ids({ city: 'Lille' })).toEqual(['m01', 'm03', 'm07', 'm08', 'm12']);
      expect(await ids({ community: 'smart' })).toEqual(['m01', 'm04']);
      expect(await ids({ filiere: 'wood' })).toEqual(['m02', 'm03']);
      expect(await ids({ skill: 'ceramics', city: 'Lille' })).toEqual(['m01', 'm08']);
      const page = await members.list({ city: 'Lille' }, { offset: 1, limit: 2 });
      expect(page.items.map((m) => m.id)).toEqual(['m03', 'm07']);
      expect(page.totalCount).toBe(5);
      const all = await members.list({}, { offset: 0, limit: 100 });
      expect(all.totalCount).toBe(12);
      expect(all.items[0]?.id).toBe('m09');
    });

    it('refuses a page outside the limits, naming the field', async () => {
      const error = await members.list({}, { offset: 0, limit: 0 }).catch((e: unknown) => e);
      expect((error as BadUserInputError).field).toBe('limit');
    });

    it('creates a member with relationships, and refuses taken handles or unknown skills without writing', async () => {
      const record = memberRecord(20, {
        name: 'Nina Simon',
        ...LILLE,
        city: 'Lille',
        skills: [{ skill: 'sewing', level: 3, years: 2 }],
        spaces: ['mutualab'],
        communities: ['smart'],
        filieres: ['fashion-textile'],
      });
      await members.create(record);
      expect(await neighbourhood.skills('m20')).toEqual([{ skill: 'sewing', level: 3, years: 2 }]);
      expect((await neighbourhood.filieres('m20')).map((f) => [f.filiere.id, f.role])).toEqual([
        ['fashion-textile', 'member'],
      ]);
      await expect(members.create(record)).rejects.toBeInstanceOf(ConflictError);
      await expect(members.create(memberRecord(21, { handle: 'member-m20' }))).rejects.toBeInstanceOf(
        ConflictError,
      );
      const unknown = await members
        .create(memberRecord(22, { skills: [{ skill: 'nope', level: 1, years: 0 }] }))
        .catch((e: unknown) => e);
      expect((unknown as BadUserInputError).problems[0]?.path).toEqual(['skills', 0, 'skill']);
      expect(await members.get('m22')).toBeNull();
      const unknownSpace = await members
        .create(memberRecord(23, { spaces: ['mutualab', 'nowhere'] }))
        .catch((e: unknown) => e);
      expect((unknownSpace as BadUserInputError).problems[0]?.path).toEqual(['spaces', 1]);
      expect(await members.get('m23')).toBeNull();
    });

    it('updates fields and replaces relationships, keeping a filière role and moving updatedAt', async () => {
      await store.write(
        "MATCH (:Member {id: 'm20'})-[r:IN_FILIERE]->(:Filiere {id: 'fashion-textile'}) SET r.role = 'animator'",
      );
      const updated = await members.update('m20', {
        city: 'Roubaix',
        skills: [
          { skill: 'sewing', level: 4, years: 3 },
          { skill: 'weaving', level: 2, years: 0 },
        ],
        filieres: ['fashion-textile', 'ceramics'],
        spaces: [],
      });
      expect(updated.city).toBe('Roubaix');
      expect(updated.updatedAt).toBe(NOW);
      expect((await members.get('m20'))?.city).toBe('Roubaix');
      expect(await neighbourhood.skills('m20')).toEqual([
        { skill: 'sewing', level: 4, years: 3 },
        { skill: 'weaving', level: 2, years: 0 },
      ]);
      expect((await neighbourhood.filieres('m20')).map((f) => [f.filiere.id, f.role])).toEqual([
        ['ceramics', 'member'],
        ['fashion-textile', 'animator'],
      ]);
      expect(await neighbourhood.spaces('m20')).toEqual([]);
      expect((await neighbourhood.communities('m20')).map((c) => c.id)).toEqual(['smart']);
      await expect(members.update('nope', { city: 'x' })).rejects.toBeInstanceOf(NotFoundError);
    });

    it('upserts: creates once, then replaces', async () => {
      const first = await members.upsert(
        memberRecord(24, { skills: [{ skill: 'painting', level: 2, years: 1 }] }),
      );
      expect(first.created).toBe(true);
      const second = await members.upsert(memberRecord(24, { name: 'Renamed', skills: [] }));
      expect(second.created).toBe(false);
      expect((await members.get('m24'))?.name).toBe('Renamed');
      expect(await neighbourhood.skills('m24')).toEqual([]);
    });

    it('erases a member and all their relationships', async () => {
      expect(await members.delete('m20')).toBe(true);
      expect(await members.get('m20')).toBeNull();
      expect(await count("MATCH (m:Member)-[r]-() WHERE m.id = 'm20' RETURN count(r) AS n")).toBe(0);
      expect(await count("MATCH ()-[r:HAS_SKILL]->(:Skill {id: 'weaving'}) RETURN count(r) AS n")).toBe(0);
      expect(await members.delete('m20')).toBe(false);
      expect(await members.delete('m24')).toBe(true);
      expect(await count('MATCH (m:Member) RETURN count(m) AS n')).toBe(12);
    });
  });

  describe('neighbourhood', () => {
    it("reads a member's communities, filières, projects, mentors and mentees", async () => {
      expect((await neighbourhood.communities('m01')).map((c) => c.id)).toEqual(['smart']);
      expect((await neighbourhood.filieres('m02')).map((f) => [f.filiere.id, f.role])).toEqual([
        ['ceramics', 'member'],
        ['wood', 'member'],
      ]);
      const projects = await neighbourhood.projects('m01');
      expect(projects.map((p) => [p.project.id, p.role])).toEqual([['prj-shared-kiln', 'lead']]);
      expect(projects[0]?.project.endedAt).toBeNull();
      expect((await neighbourhood.mentors('m12')).map((m) => m.id)).toEqual(['m01']);
      expect((await neighbourhood.mentees('m01')).map((m) => m.id)).toEqual(['m12']);
      expect(await neighbourhood.mentors('m02')).toEqual([]);
    });
  });

  describe('finder', () => {
    it('finds members near a point, nearest first, leaving out members without a location', async () => {
      const finder = new MemberFinder(store, members);
      const near = await finder.near({ ...LILLE, radiusKm: 15 });
      expect(near.map((n) => n.member.id)).toEqual(['m01', 'm03', 'm07', 'm12', 'm02']);
      expect(near[0]?.distanceKm).toBe(0);
      expect(near[4]?.distanceKm).toBeGreaterThan(9);
      expect(near[4]?.distanceKm).toBeLessThan(11);
      expect((await finder.near({ ...LILLE, radiusKm: 15 }, { limit: 2 })).length).toBe(2);
    });

    it('finds holders of a skill or a narrower one within a radius, best level first', async () => {
      const finder = new MemberFinder(store, members);
      const ceramics = await finder.holdingSkill({ skill: 'ceramics', near: { ...LILLE, radiusKm: 50 } });
      expect(ceramics.map((r) => [r.member.id, r.skill, r.level])).toEqual([
        ['m01', 'wheel-throwing', 5],
        ['m02', 'kiln-firing', 3],
      ]);
      const crafts = await finder.holdingSkill({ skill: 'crafts', near: { ...LILLE, radiusKm: 50 } });
      expect(crafts.map((r) => r.member.id)).toEqual(['m01', 'm03', 'm07', 'm02']);
    });

    it('ranks holders everywhere when no point is given, and honours consent and the limit', async () => {
      const finder = new MemberFinder(store, members);
      const everywhere = await finder.holdingSkill({ skill: 'ceramics' });
      expect(everywhere.map((r) => [r.member.id, r.level])).toEqual([
        ['m01', 5],
        ['m05', 5],
        ['m08', 5],
        ['m02', 3],
        ['m04', 2],
      ]);
      expect(everywhere[0]?.distanceKm).toBeNull();
      const consenting = await finder.holdingSkill({
        skill: 'ceramics',
        privacy: { op: 'consent', flag: 'suggestForBids' },
        limit: 2,
      });
      expect(consenting.map((r) => r.member.id)).toEqual(['m01', 'm08']);
      const error = await finder
        .holdingSkill({ skill: 'ceramics', near: { ...LILLE, radiusKm: -1 } })
        .catch((e: unknown) => e);
      expect((error as BadUserInputError).field).toBe('radiusKm');
    });
  });

  describe('taxonomy, places and groups', () => {
    it('reads skills with their broader, narrower and related skills and labels', async () => {
      const skills = new SkillRepository(store);
      const ceramics = await skills.get('ceramics');
      expect(ceramics).toEqual({
        ...reference.skills.find((s) => s.id === 'ceramics')!,
        related: [...reference.skills.find((s) => s.id === 'ceramics')!.related].sort(),
      });
      expect((await skills.narrower('ceramics')).map((s) => s.id)).toEqual([
        'ceramic-glazing',
        'kiln-firing',
        'wheel-throwing',
      ]);
      expect((await skills.broader('kiln-firing'))?.id).toBe('ceramics');
      expect(await skills.broader('crafts')).toBeNull();
      expect(await skills.get('nope')).toBeNull();
      expect((await skills.list()).length).toBe(reference.skills.length);
      const labels = await skills.labels(['ceramics', 'nope'], 'nl');
      expect([...labels]).toEqual([
        ['ceramics', reference.skills.find((s) => s.id === 'ceramics')!.labels.nl],
      ]);
    });

    it('reads spaces, their member counts and the spaces near a point', async () => {
      const spaces = new SpaceRepository(store);
      expect(await spaces.get('brussels-art-factory')).toEqual(
        reference.spaces.find((s) => s.id === 'brussels-art-factory'),
      );
      expect((await spaces.list()).length).toBe(reference.spaces.length);
      expect(await spaces.membersCount('la-coroutine')).toBe(2);
      const near = await spaces.near(LILLE, 15);
      const within = reference.spaces.filter(
        (s) => s.lat !== null && s.lon !== null && haversineKm(LILLE, { lat: s.lat, lon: s.lon }) <= 15,
      );
      expect(within.length).toBeGreaterThan(3);
      expect(near.map((s) => s.space.id).sort()).toEqual(within.map((s) => s.id).sort());
      expect(near.at(-1)?.space.id).toBe('cooperative-baraka');
      expect(near.every((s, i) => i === 0 || near[i - 1]!.distanceKm <= s.distanceKm)).toBe(true);
    });

    it('reads communities with their spaces and member counts', async () => {
      const communities = new CommunityRepository(store);
      expect(await communities.get('smart')).toEqual(reference.communities.find((c) => c.id === 'smart'));
      expect((await communities.spaces('smart')).map((s) => s.id)).toContain('brussels-art-factory');
      expect(await communities.membersCount('smart')).toBe(2);
      expect((await communities.list()).length).toBe(reference.communities.length);
    });

    it('reads projects with their members, and refuses a project naming an unknown member', async () => {
      const projects = new ProjectRepository(store);
      expect((await projects.get('prj-shared-kiln'))?.title).toBe('Céramiques partagées');
      expect((await projects.members('prj-shared-kiln')).map((p) => [p.member.id, p.role])).toEqual([
        ['m01', 'lead'],
        ['m02', 'maker'],
        ['m04', 'maker'],
      ]);
      const error = await projects
        .create({
          id: 'prj-x',
          title: 'X',
          description: '',
          startedAt: 0,
          endedAt: null,
          members: [
            { member: 'm01', role: 'lead' },
            { member: 'nope', role: 'maker' },
          ],
        })
        .catch((e: unknown) => e);
      expect((error as BadUserInputError).problems[0]?.path).toEqual(['members', 1, 'member']);
      expect(await projects.get('prj-x')).toBeNull();
    });

    it('reads filières with their core skills and members', async () => {
      const filieres = new FiliereRepository(store);
      const expected = reference.filieres.find((f) => f.id === 'ceramics')!;
      expect(await filieres.get('ceramics')).toEqual({
        ...expected,
        coreSkills: [...expected.coreSkills].sort(),
      });
      expect((await filieres.list()).length).toBe(reference.filieres.length);
      const wood = await filieres.members('wood', { offset: 0, limit: 10 });
      expect(wood.items.map((m) => [m.member.id, m.role])).toEqual([
        ['m02', 'member'],
        ['m03', 'member'],
      ]);
      expect(wood.totalCount).toBe(2);
      await store.write(
        "MATCH (:Member {id: 'm03'})-[r:IN_FILIERE]->(:Filiere {id: 'wood'}) SET r.role = 'animator'",
      );
      const animatorFirst = await filieres.members('wood', { offset: 0, limit: 1 });
      expect(animatorFirst.items.map((m) => [m.member.id, m.role])).toEqual([['m03', 'animator']]);
      expect(animatorFirst.totalCount).toBe(2);
    });
  });
}
