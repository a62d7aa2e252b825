// The API server of the HTTP benchmarks, in its own process: the client that
// measures must not share the server's event loop (on 2 cores it would steal
// the time it measures). Started by serverProcess.ts with its settings in one
// JSON argument; seeds DATA_DIR when empty (or reuses it), gives each member
// named an account with a live session, prints one JSON line (`ServerReady`)
// on stdout, and stops when its stdin closes.

import { randomBytes } from 'node:crypto';
import { startServer } from '../../../cli/commands/start.js';
import { loadConfig } from '../../../domain/config.js';
import { newId } from '../../../domain/ids.js';
import { newSecretToken, tokenDigest } from '../../../services/accounts/secretTokens.js';

export interface ServerSettings {
  dataDir: string;
  members: number;
  /** Members to sign in: each gets an account and a bearer token. */
  accountMemberIds: string[];
  /** Requests per minute per account or IP; the public default (600) when absent. */
  rateLimitMax?: number;
  redisUrl?: string;
}

export interface ServerReady {
  url: string;
  pid: number;
  seedSeconds: number;
  /** One bearer token per entry of `accountMemberIds`, in the same order. */
  tokens: string[];
  rssMiB: number;
}

const settings = JSON.parse(process.argv[2] ?? '{}') as ServerSettings;
const config = loadConfig({
  NODE_ENV: 'production',
  DATA_DIR: settings.dataDir,
  PORT: '0',
  HOST: '127.0.0.1',
  SEED_MEMBERS: String(settings.members),
  LOG_LEVEL: 'warn',
  ...(settings.redisUrl ? { REDIS_URL: settings.redisUrl } : {}),
});

const started = performance.now();
const server = await startServer(config, {
  log: (line) => process.stderr.write(`${line}\n`),
  app: {
    logger: false,
    ...(settings.rateLimitMax ? { rateLimit: { max: settings.rateLimitMax, timeWindowMs: 60_000 } } : {}),
  },
});
const seedSeconds = (performance.now() - started) / 1000;

// Accounts are created straight in the store (hashing a password per account would only slow the set-up).
const runId = randomBytes(4).toString('hex');
const now = Date.now();
const tokens: string[] = [];
for (const [i, memberId] of settings.accountMemberIds.entries()) {
  const accountId = newId('acc');
  await server.services.accounts.create({
    id: accountId,
    email: `${runId}-${i}@bench.example.org`.toLowerCase(),
    passwordHash: 'not-a-password',
    roles: ['member'],
    scopeFilieres: [],
    scopeSpaces: [],
    memberId,
    createdAt: now,
  });
  const token = newSecretToken();
  await server.services.sessions.create({
    id: tokenDigest(token),
    accountId,
    createdAt: now,
    expiresAt: now + 24 * 3600 * 1000,
  });
  tokens.push(token);
}

const ready: ServerReady = {
  url: server.url.replace('localhost', '127.0.0.1'),
  pid: process.pid,
  seedSeconds: Math.round(seedSeconds * 10) / 10,
  tokens,
  rssMiB: Math.round((process.memoryUsage.rss() / 2 ** 20) * 10) / 10,
};
process.stdout.write(`${JSON.stringify(ready)}\n`);

// Asked by the parent (a line "rss") for the current RSS, so it can be sampled before and after a run.
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk: string) => {
  for (const line of chunk.split('\n')) {
    if (line.trim() === 'rss') {
      process.stdout.write(
        `${JSON.stringify({ rssMiB: Math.round((process.memoryUsage.rss() / 2 ** 20) * 10) / 10 })}\n`,
      );
    }
  }
});
process.stdin.on('end', () => {
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
