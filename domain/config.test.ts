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
