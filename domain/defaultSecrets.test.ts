import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { BadUserInputError } from './errors.js';

describe('published default secrets', () => {
  it.each([
    ['NEO4J_PASSWORD', 'change-me-please'],
    ['MEILI_API_KEY', 'change-me-please-too'],
    ['PASSERELLE_ADMIN_PASSWORD', 'Change-Me-Please'],
  ])('a production server refuses %s = %s, naming it', (variable, value) => {
    const env = {
      NODE_ENV: 'production',
      ...(variable === 'PASSERELLE_ADMIN_PASSWORD' ? { PASSERELLE_ADMIN_EMAIL: 'admin@example.org' } : {}),
      [variable]: value,
    };
    let caught: unknown;
    try {
      loadConfig(env);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(BadUserInputError);
    expect((caught as BadUserInputError).problems.map((p) => p.path)).toEqual([[variable]]);
    expect((caught as BadUserInputError).message).toContain('published default secret');
  });

  it('development and test keep accepting them, and production accepts a secret of its own', () => {
    expect(loadConfig({ NEO4J_PASSWORD: 'change-me-please' }).NEO4J_PASSWORD).toBe('change-me-please');
    expect(loadConfig({ NODE_ENV: 'production', NEO4J_PASSWORD: 'x7-Quartz-meadow' }).NEO4J_PASSWORD).toBe(
      'x7-Quartz-meadow',
    );
  });
});
