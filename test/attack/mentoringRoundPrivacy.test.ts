// A mentoring round proposes only members the privacy rule lets be suggested
// for mentoring: a mentor who hid their profile (or withdrew consent) keeps
// their offer stored but is never matched.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MentorOffer } from '../../domain/entities/mentorOffer.js';
import type { MentorRequest } from '../../domain/entities/mentorRequest.js';
import type { GraphStore } from '../../graph/graphStore.js';
import { openKuzuGraphStore } from '../../graph/kuzu/kuzuGraphStore.js';
import { graphRepositories } from '../../graph/repositories/index.js';
import { generateNetwork } from '../../graph/seed/syntheticNetwork.js';
import { loadParticipants } from '../../workers/mentoring/mentoringParticipants.js';

const dataset = generateNetwork({ members: 60, seed: 17 });
let dir: string;
let graph: GraphStore;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-round-privacy-'));
  graph = await openKuzuGraphStore({ directory: dir, readConnections: 1, bufferPoolBytes: 64 * 1024 ** 2 });
  await graph.migrate();
  await graph.bulkLoad(dataset);
});

afterAll(async () => {
  await graph?.close();
  rmSync(dir, { recursive: true, force: true });
});

const offer = (memberId: string): MentorOffer => ({
  memberId,
  skills: [dataset.skills[0]!.id],
  capacity: 2,
  languages: ['fr'],
  mode: 'remote',
  status: 'open',
  createdAt: 0,
  updatedAt: 0,
});

describe('a mentoring round and the privacy rule', () => {
  it('matches no mentor who is hidden or did not consent, and keeps the others', async () => {
    const [visible, hidden, noConsent, mentee] = dataset.members.slice(0, 4);
    const set = (id: string, visibility: string, consent: boolean) =>
      graph.write(
        'MATCH (m:Member {id: $id}) SET m.visibility = $visibility, m.suggestForMentoring = $consent',
        {
          id,
          visibility,
          consent,
        },
      );
    await set(visible!.id, 'network', true);
    await set(hidden!.id, 'nobody', true);
    await set(noConsent!.id, 'network', false);
    await set(mentee!.id, 'network', true);
    const request: MentorRequest = {
      memberId: mentee!.id,
      skills: [dataset.skills[0]!.id],
      filiere: null,
      languages: ['fr'],
      city: null,
      lat: null,
      lon: null,
      mode: 'remote',
      goals: '',
      status: 'open',
      createdAt: 0,
      updatedAt: 0,
    };
    const { mentors, mentees } = await loadParticipants(
      graphRepositories(graph),
      [request],
      [offer(visible!.id), offer(hidden!.id), offer(noConsent!.id)],
      [],
      new Map(),
    );
    const consenting = mentors.filter((m) => m.scoring.consent).map((m) => m.offer.memberId);
    expect(consenting).toEqual([visible!.id]);
    expect(mentees.map((m) => m.scoring.consent)).toEqual([true]);
  });
});
