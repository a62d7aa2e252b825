// Profile editing on real services (embedded Kùzu), as the API calls it: a
// typed town is placed by the gazetteer, given coordinates are kept, and a bad
// field is named while nothing changes.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../domain/config.js';
import { BadUserInputError, ForbiddenError } from '../../domain/errors.js';
import { generateNetwork } from '../../graph/seed/syntheticNetwork.js';
import { closeServices, openServices } from '../openServices.js';
import type { Services } from '../services.js';
import type { UseCaseContext } from '../useCaseContext.js';
import { setPrivacy, setSkills, setSpaces, updateProfile } from './editProfile.js';

let dir: string;
let services: Services;
let memberId: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-profile-use-cases-'));
  services = await openServices(loadConfig({ NODE_ENV: 'test', DATA_DIR: dir, LOG_LEVEL: 'silent' }));
  const dataset = generateNetwork({ members: 5, seed: 7 });
  await services.graph.bulkLoad(dataset);
  memberId = dataset.members[0]!.id;
}, 60_000);

afterAll(async () => {
  if (services) await closeServices(services);
  rmSync(dir, { recursive: true, force: true });
});

/** The member editing their own profile. */
function self(): UseCaseContext {
  return {
    services,
    viewer: {
      accountId: 'acc_self',
      memberId,
      roles: ['member'],
      spaceIds: [],
      scopeFilieres: [],
      scopeSpaces: [],
    },
  };
}

function problemPaths(error: unknown): string[] {
  expect(error).toBeInstanceOf(BadUserInputError);
  return (error as BadUserInputError).problems.map((p) => p.path.join('.'));
}

describe('profile editing', () => {
  it('places a typed town by the gazetteer, and keeps coordinates given with it', async () => {
    const placed = await updateProfile(self(), { city: 'Liège', country: 'BE' });
    expect(placed.city).toBe('Liège');
    expect(placed.lat).toBeCloseTo(50.63, 1);
    const given = await updateProfile(self(), { city: 'Namur', lat: 50.1, lon: 4.1 });
    expect([given.city, given.lat, given.lon]).toEqual(['Namur', 50.1, 4.1]);
  });

  it('names every bad field and changes nothing', async () => {
    const before = await services.repositories.members.get(memberId);
    const attempts = [
      () => updateProfile(self(), { name: null }),
      () => updateProfile(self(), { lat: 50 }),
      () => setSkills(self(), [{ skill: 'no-such-skill', level: 3, years: 0 }]),
      () => setSpaces(self(), ['no-such-space']),
      () => setPrivacy(self(), { visibility: 'everyone' }),
    ];
    const paths = [];
    for (const attempt of attempts) paths.push(problemPaths(await attempt().catch((e: unknown) => e)));
    expect(paths).toEqual([
      ['input.name'],
      ['input.lat'],
      ['skills.0.skill'],
      ['spaces.0'],
      ['input.visibility'],
    ]);
    expect(await services.repositories.members.get(memberId)).toEqual(before);
  });

  it('changes only the privacy choices given', async () => {
    const before = await services.repositories.members.get(memberId);
    const after = await setPrivacy(self(), { suggestForBids: false });
    expect(after.privacy).toEqual({ ...before!.privacy, suggestForBids: false });
  });

  it('refuses an account without a member profile', async () => {
    const admin: UseCaseContext = {
      ...self(),
      viewer: { ...self().viewer, memberId: null, roles: ['admin'] },
    };
    await expect(updateProfile(admin, { bio: 'x' })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
