import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { BadUserInputError } from './errors.js';

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(4000);
    expect(config.DATA_DIR).toBe('./data');
    expect(config.SEED_MEMBERS).toBe(3000);
    expect(config.graphiql).toBe(true);
    expect(config.NEO4J_URI).toBeUndefined();
  });

  // build: memory knobs (issue 19)
  it("sizes Kùzu's buffer pool and SQLite's cache explicitly, in megabytes", () => {
    expect(loadConfig({})).toMatchObject({
      GRAPH_BUFFER_POOL_MB: 512,
      SEARCH_CACHE_MB: 64,
      SEARCH_MMAP_MB: 256,
    });
    expect(
      loadConfig({ GRAPH_BUFFER_POOL_MB: '256', SEARCH_CACHE_MB: '16', SEARCH_MMAP_MB: '0' }),
    ).toMatchObject({ GRAPH_BUFFER_POOL_MB: 256, SEARCH_CACHE_MB: 16, SEARCH_MMAP_MB: 0 });
  });

  it('turns GraphiQL and introspection off in production unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true' }).introspection).toBe(true);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ PASSERELLE_ADMIN_EMAIL: 'admin@example.org' }, 'PASSERELLE_ADMIN_PASSWORD'],
    [{ GRAPHIQL: 'maybe' }, 'GRAPHIQL'],
    // build: memory knobs (issue 19)
    [{ GRAPH_BUFFER_POOL_MB: '32' }, 'GRAPH_BUFFER_POOL_MB'],
    [{ GRAPH_BUFFER_POOL_MB: '1.5' }, 'GRAPH_BUFFER_POOL_MB'],
    [{ SEARCH_CACHE_MB: 'lots' }, 'SEARCH_CACHE_MB'],
    [{ SEARCH_MMAP_MB: '-1' }, 'SEARCH_MMAP_MB'],
  ])('rejects %j naming %s', (env, variable) => {
    let caught: unknown;
    try {
      loadConfig(env);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(BadUserInputError);
    expect((caught as BadUserInputError).message).toContain(variable);
    expect((caught as BadUserInputError).problems[0]?.path).toEqual([variable]);
  });
});

// sec-http: CORS_ORIGINS and TRUST_PROXY.
describe('loadConfig: CORS_ORIGINS and TRUST_PROXY', () => {
  function problemOf(env: Record<string, string>) {
    try {
      loadConfig(env);
    } catch (error) {
      return error as BadUserInputError;
    }
    throw new Error(`accepted ${JSON.stringify(env)}`);
  }

  it('defaults to same origin only and no trusted proxy', () => {
    const config = loadConfig({});
    expect(config.CORS_ORIGINS).toEqual([]);
    expect(config.TRUST_PROXY).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production' }).TRUST_PROXY).toBe(false);
  });

  it('reads a comma-separated list of exact origins', () => {
    const config = loadConfig({ CORS_ORIGINS: ' https://app.example.org, http://localhost:5173/ ,' });
    expect(config.CORS_ORIGINS).toEqual(['https://app.example.org', 'http://localhost:5173']);
  });

  it.each(['*', 'https://app.example.org/path', 'app.example.org', 'ftp://files.example.org', 'null'])(
    'refuses the CORS origin %j, naming CORS_ORIGINS',
    (origin) => {
      const error = problemOf({ CORS_ORIGINS: `https://ok.example.org,${origin}` });
      expect(error.problems[0]?.path).toEqual(['CORS_ORIGINS']);
      expect(error.message).toContain(origin);
    },
  );

  it('reads a hop count or a list of proxy addresses and ranges', () => {
    expect(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1,::1, fd00::/8,loopback' }).TRUST_PROXY).toEqual([
      '10.0.0.0/8',
      '127.0.0.1',
      '::1',
      'fd00::/8',
      'loopback',
    ]);
  });

  it.each(['true', 'proxy.example.org', '10.0.0.0/33', '300.1.1.1', '-1', '99'])(
    'refuses TRUST_PROXY=%j, naming it',
    (value) => {
      expect(problemOf({ TRUST_PROXY: value }).problems[0]?.path).toEqual(['TRUST_PROXY']);
    },
  );
});
