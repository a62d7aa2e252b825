// The one place configuration is defined. The CLI reads the environment once,
// `loadConfig` validates it, and the result is passed down to every layer.
import { isIP } from 'node:net';
import { z } from 'zod';
import { defaultSecretProblems } from './defaultSecrets.js';
import { BadUserInputError } from './errors.js';

const optionalUrl = (protocols: string[]) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .refine((v) => v === undefined || protocols.some((p) => v.startsWith(`${p}://`)), {
      message: `must be a URL starting with ${protocols.map((p) => `${p}://`).join(' or ')}`,
    });

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

// sec-http: who may call the API from a browser page of another origin, and which proxies to believe.
/** `https://app.example.org,http://localhost:5173` → exact origins (scheme, host, port; no path, no `*`). */
const corsOrigins = z
  .string()
  .optional()
  .transform((v, ctx) => {
    const origins: string[] = [];
    for (const item of (v ?? '').split(',').map((s) => s.trim())) {
      if (item === '') continue;
      let origin: string | undefined;
      try {
        const url = new URL(item);
        if (url.protocol === 'http:' || url.protocol === 'https:') origin = url.origin;
      } catch {
        origin = undefined;
      }
      if (origin !== item.replace(/\/$/, '')) {
        ctx.addIssue({
          code: 'custom',
          message: `"${item}" is not an origin: write scheme://host[:port], e.g. https://app.example.org`,
        });
        return z.NEVER;
      }
      origins.push(origin);
    }
    return [...new Set(origins)];
  });

/** Names proxy-addr understands besides addresses and CIDR ranges. */
const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrCidr(item: string): boolean {
  if (PROXY_NAMES.has(item)) return true;
  const [address, prefix, ...rest] = item.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * Unset or `false`: trust no proxy (the client address is the socket's, X-Forwarded-* ignored);
 * a whole number: trust that many hops; otherwise a comma-separated list of proxy addresses,
 * CIDR ranges or `loopback` / `linklocal` / `uniquelocal`.
 */
const trustProxy = z
  .string()
  .optional()
  .transform((v, ctx): false | number | string[] => {
    const value = (v ?? '').trim();
    if (value === '' || value === 'false' || value === '0') return false;
    if (/^\d+$/.test(value)) {
      const hops = Number(value);
      if (hops > 32) {
        ctx.addIssue({ code: 'custom', message: 'must be a hop count between 0 and 32' });
        return z.NEVER;
      }
      return hops;
    }
    const items = value.split(',').map((s) => s.trim());
    const bad = items.filter((item) => !isAddressOrCidr(item));
    if (bad.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `must be false, a hop count, or addresses/CIDR ranges; not ${bad.map((b) => `"${b}"`).join(', ')}`,
      });
      return z.NEVER;
    }
    return items;
  });

// build: memory knobs (issue 19).
/** Kùzu's buffer pool (embedded graph): its pages of the database; the seed's bulk load needs about 256. */
export const DEFAULT_GRAPH_BUFFER_POOL_MB = 512;
/** SQLite's page cache for the search index, per connection. */
export const DEFAULT_SEARCH_CACHE_MB = 64;
/** How much of the search index file SQLite reads through mmap (pages shared with the OS cache). */
export const DEFAULT_SEARCH_MMAP_MB = 256;

/** A whole number of megabytes (MiB) within bounds. */
const megabytes = (min: number, max: number) =>
  z.coerce
    .number({ message: 'must be a number of megabytes' })
    .int('must be a whole number of megabytes')
    .min(min, `must be between ${min} and ${max} (megabytes)`)
    .max(max, `must be between ${min} and ${max} (megabytes)`);

export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: z.coerce
      .number({ message: 'must be a number' })
      .int('must be a whole number')
      .min(0, 'must be between 0 and 65535')
      .max(65535, 'must be between 0 and 65535')
      .default(4000),
    DATA_DIR: z.string().min(1).default('./data'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    NEO4J_URI: optionalUrl(['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc']),
    NEO4J_USER: z.string().default('neo4j'),
    NEO4J_PASSWORD: z.string().default(''),
    NEO4J_DATABASE: z.string().default('neo4j'),
    MEILI_URL: optionalUrl(['http', 'https']),
    MEILI_API_KEY: z.string().default(''),
    REDIS_URL: optionalUrl(['redis', 'rediss']),
    PASSERELLE_ADMIN_EMAIL: z.email('must be a valid e-mail address').optional(),
    PASSERELLE_ADMIN_PASSWORD: z.string().min(10, 'must have at least 10 characters').optional(),
    SEED_MEMBERS: z.coerce
      .number({ message: 'must be a number' })
      .int()
      .min(0, 'must be ≥ 0')
      .max(1_000_000, 'must be ≤ 1000000')
      .default(3000),
    SEED: z.coerce.number({ message: 'must be a number' }).int().default(42),
    GRAPHIQL: booleanFlag.optional(),
    INTROSPECTION: booleanFlag.optional(),
    // sec-http: CORS allow-list and trusted proxies (see corsOrigins and trustProxy above).
    CORS_ORIGINS: corsOrigins,
    TRUST_PROXY: trustProxy,
    // build: memory knobs (issue 19). Kùzu's own default buffer pool is a share of the machine's RAM.
    GRAPH_BUFFER_POOL_MB: megabytes(64, 65_536).default(DEFAULT_GRAPH_BUFFER_POOL_MB),
    SEARCH_CACHE_MB: megabytes(1, 4096).default(DEFAULT_SEARCH_CACHE_MB),
    SEARCH_MMAP_MB: megabytes(0, 65_536).default(DEFAULT_SEARCH_MMAP_MB),
  })
  .superRefine((c, ctx) => {
    if (Boolean(c.PASSERELLE_ADMIN_EMAIL) !== Boolean(c.PASSERELLE_ADMIN_PASSWORD)) {
      ctx.addIssue({
        code: 'custom',
        path: [c.PASSERELLE_ADMIN_EMAIL ? 'PASSERELLE_ADMIN_PASSWORD' : 'PASSERELLE_ADMIN_EMAIL'],
        message: 'PASSERELLE_ADMIN_EMAIL and PASSERELLE_ADMIN_PASSWORD go together',
      });
    }
  });

export type RawConfig = z.output<typeof configSchema>;

export interface Config extends RawConfig {
  /** GraphiQL and introspection default to on in development, off in production. */
  graphiql: boolean;
  introspection: boolean;
}

/** Validates an environment; a wrong value throws a BadUserInputError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    throw new BadUserInputError(
      result.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
      `Invalid configuration: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
    );
  }
  const raw = result.data;
  const dev = raw.NODE_ENV !== 'production';
  const secrets = dev ? [] : defaultSecretProblems(raw);
  if (secrets.length > 0) {
    throw new BadUserInputError(
      secrets,
      `Invalid configuration: ${secrets.map((p) => `${p.path.join('.')} ${p.message}`).join('; ')}`,
    );
  }
  return { ...raw, graphiql: raw.GRAPHIQL ?? dev, introspection: raw.INTROSPECTION ?? dev };
}
