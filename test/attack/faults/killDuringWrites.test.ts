// Fault: the server is killed with SIGKILL while writers are busy (sign-ups,
// 8 at a time, each followed by a profile change). After a restart on the same
// DATA_DIR: every write the server acknowledged is there (the last
// acknowledged bio of each member, or a later one that was in flight), and
// once the sync has run, the graph and the index hold the same members, member
// by member (none missing, no phantom, none stale).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../../cli/commands/start.js';
import { loadConfig } from '../../../domain/config.js';
import { SearchFeedRepository } from '../../../graph/repositories/searchFeedRepository.js';
import { searchSyncJob } from '../../../search/sync/searchSyncJob.js';
import { memberParity } from './support/memberParity.js';
import { type ServerProcess, spawnServer } from './support/serverProcess.js';

const CONCURRENT = 8;
/** Acknowledged sign-ups before the kill. */
const KILL_AFTER = 48;

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: unknown[];
}

let dir: string;
let child: ServerProcess | undefined;
let restarted: RunningServer | undefined;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-kill-'));
});

afterAll(async () => {
  child?.kill('SIGKILL');
  await restarted?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('fault: kill -9 under concurrent writes', () => {
  it('keeps every acknowledged write, and the index in step with the graph after a restart', async () => {
    const env = {
      NODE_ENV: 'test',
      DATA_DIR: dir,
      PORT: '0',
      HOST: '127.0.0.1',
      SEED_MEMBERS: '30',
      LOG_LEVEL: 'silent',
    };
    child = spawnServer(env);
    const url = await child.listening();
    const post = async (
      query: string,
      variables: Record<string, unknown>,
      token?: string,
    ): Promise<Answer> => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as Answer;
    };

    const signedUp = new Set<string>();
    /** The bios each member's writer asked for, in order, and how many of them were acknowledged. */
    const bios = new Map<string, { asked: string[]; acknowledged: number }>();
    let next = 0;
    let killed = false;
    const writer = async () => {
      while (!killed) {
        const n = next++;
        const email = `killed-${n}@example.org`;
        try {
          const answer = await post('mutation ($input: SignUpInput!) { signUp(input: $input) { token } }', {
            input: { email, password: 'correct horse battery staple', name: `Writer Number${n}` },
          });
          const token = (answer.data?.signUp as { token?: string } | undefined)?.token;
          if (!token) throw new Error(`sign-up ${n} failed: ${JSON.stringify(answer.errors)}`);
          signedUp.add(email);
          const asked: string[] = [];
          bios.set(email, { asked, acknowledged: 0 });
          for (let i = 0; i < 3 && !killed; i++) {
            asked.push(`bio ${n}.${i}`);
            const update = await post(
              'mutation ($bio: String!) { updateMyProfile(input: { bio: $bio }) { bio } }',
              { bio: `bio ${n}.${i}` },
              token,
            );
            if (update.errors) throw new Error(`update ${n}.${i} failed: ${JSON.stringify(update.errors)}`);
            bios.get(email)!.acknowledged = i + 1;
          }
          if (signedUp.size >= KILL_AFTER && !killed) {
            killed = true;
            child!.kill('SIGKILL');
          }
        } catch (error) {
          // Requests in flight at the kill fail with a network error; anything else is a real failure.
          if (!killed) throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENT }, writer));
    expect(await child.exited).toBe('SIGKILL');
    child = undefined;

    restarted = await startServer(loadConfig(env), { log: () => {} });
    const { graph, search, taxonomy } = restarted.services;
    const rows = await graph.read<{ email: string; bio: string }>(
      "MATCH (m:Member) WHERE m.email STARTS WITH 'killed-' RETURN m.email AS email, m.bio AS bio",
    );
    const stored = new Map(rows.map((r) => [r.email, r.bio]));
    const lost = [...signedUp].filter((email) => !stored.has(email));
    expect(lost).toEqual([]);
    for (const [email, { asked, acknowledged }] of bios) {
      if (acknowledged === 0) continue;
      // The last acknowledged bio, or one asked after it whose answer the kill cut off.
      expect(asked.slice(acknowledged - 1)).toContain(stored.get(email));
    }

    await searchSyncJob(new SearchFeedRepository(graph), taxonomy, () => search).syncOnce(
      () => {},
      new AbortController().signal,
    );
    const parity = await memberParity(graph, search);
    expect(parity.graphMembers).toBeGreaterThanOrEqual(30 + KILL_AFTER);
    expect(parity).toMatchObject({ missing: [], phantoms: [], stale: [] });
    console.info(
      `[fault suite] kill -9: ${signedUp.size} sign-ups acknowledged, ${stored.size} stored, ` +
        `${parity.graphMembers} members compared between graph and index`,
    );
  }, 300_000);
});
