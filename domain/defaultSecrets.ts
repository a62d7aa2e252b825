// Secrets that ship in examples and documentation (ours and the engines'): a
// production server refuses to start with one of them, since anyone can read it.
import type { FieldProblem } from './errors.js';

const KNOWN_DEFAULTS = new Set([
  'change-me-please',
  'change-me-please-too',
  'change-me',
  'changeme',
  'neo4j',
  'password',
  'secret',
  'masterkey',
  'admin',
  'passerelle',
]);

const SECRET_VARIABLES = ['NEO4J_PASSWORD', 'MEILI_API_KEY', 'PASSERELLE_ADMIN_PASSWORD'] as const;
type SecretVariable = (typeof SECRET_VARIABLES)[number];

export function isKnownDefaultSecret(value: string): boolean {
  return KNOWN_DEFAULTS.has(value.trim().toLowerCase());
}

/** A problem per secret variable set to a known default (empty values are other checks' business). */
export function defaultSecretProblems(
  config: Partial<Record<SecretVariable, string | undefined>>,
): FieldProblem[] {
  return SECRET_VARIABLES.flatMap((name) => {
    const value = config[name];
    return value && isKnownDefaultSecret(value)
      ? [
          {
            path: [name],
            message: 'is a published default secret: choose your own before running in production',
          },
        ]
      : [];
  });
}
