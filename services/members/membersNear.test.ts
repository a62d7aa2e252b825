// membersNear with the privacy rule inside the graph query gives every kind of
// viewer exactly what the rule decided member by member (maySee over the
// unfiltered nearest list, the old way), cut at `first`, nearest first.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../domain/config.js';
import { maySee } from '../../domain/policy/privacyRule.js';
import { ANONYMOUS, type Viewer } from '../../domain/policy/profileVisibility.js';
import type { Radius } from '../../graph/repositories/memberFinder.js';
import { generateNetwork } from '../../graph/seed/syntheticNetwork.js';
import { closeServices, openServices } from '../openServices.js';
import type { Services } from '../services.js';
import { findMembersNear } from './membersNear.js';

let dir: string;
let services: Services;
let area: Radius;
const viewers: Record<string, Viewer> = {};

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-members-near-'));
  services = await openServices(loadConfig({ NODE_ENV: 'test', DATA_DIR: dir, LOG_LEVEL: 'silent' }));
  const dataset = generateNetwork({ members: 300, seed: 11 });
  await services.graph.bulkLoad(dataset);
  const one = dataset.members[0]!;
  const two = dataset.members[1]!;
  area = { lat: one.lat!, lon: one.lon!, radiusKm: 200 };
  const base = { accountId: 'acc_x', scopeFilieres: [], scopeSpaces: [] };
  viewers.anonymous = ANONYMOUS;
  viewers.member = { ...base, memberId: one.id, roles: ['member'], spaceIds: one.spaces };
  viewers.memberWithoutSpaces = { ...base, memberId: two.id, roles: ['member'], spaceIds: [] };
  viewers.conseiller = {
    ...base,
    memberId: null,
    roles: ['conseiller'],
    spaceIds: [],
    scopeFilieres: dataset.filieres.slice(0, 2).map((f) => f.id),
  };
  viewers.spaceManager = {
    ...base,
    memberId: null,
    roles: ['space_manager'],
    spaceIds: [],
    scopeSpaces: one.spaces,
  };
  viewers.admin = { ...base, memberId: null, roles: ['admin'], spaceIds: [] };
}, 120_000);

afterAll(async () => {
  if (services) await closeServices(services);
  rmSync(dir, { recursive: true, force: true });
});

/** The old way: every member in the radius, then the rule member by member. */
async function decidedOneByOne(viewer: Viewer, first: number) {
  const all = await services.repositories.memberFinder.near(area, { limit: 1000 });
  const spaces = await services.repositories.memberBatches.spaceIds(all.map((f) => f.member.id));
  return all.filter((f, i) => maySee(viewer, f.member, spaces[i] ?? [])).slice(0, first);
}

describe('findMembersNear', () => {
  it.each(['anonymous', 'member', 'memberWithoutSpaces', 'conseiller', 'spaceManager', 'admin'])(
    'gives a %s exactly the nearest members the privacy rule lets them see',
    async (kind) => {
      const viewer = viewers[kind] as Viewer;
      for (const first of [5, 40]) {
        const expected = await decidedOneByOne(viewer, first);
        const found = await findMembersNear(services, viewer, { near: area, first });
        expect(found.map((f) => [f.member.id, f.distanceKm])).toEqual(
          expected.map((f) => [f.member.id, f.distanceKm]),
        );
      }
    },
    60_000,
  );

  it('finds hidden members for some viewers and not others (the case is not vacuous)', async () => {
    const admin = await findMembersNear(services, viewers.admin as Viewer, { near: area, first: 1000 });
    const member = await findMembersNear(services, viewers.memberWithoutSpaces as Viewer, {
      near: area,
      first: 1000,
    });
    expect(member.length).toBeGreaterThan(0);
    expect(admin.length).toBeGreaterThan(member.length);
  });
});
