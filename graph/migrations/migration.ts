// Versioned schema migrations: each dialect has its own ordered list of small,
// named steps. The store records every applied version as a SchemaMigration
// node, so `migrate()` can run at every boot and only applies what is new.

export interface Migration {
  /** Zero-padded and increasing ("0001", "0002"...): applied in this order, recorded once applied. */
  version: string;
  name: string;
  statements: readonly string[];
}

/** Statement that lists the versions already recorded, as rows `{ version }`. */
export const APPLIED_VERSIONS = 'MATCH (v:SchemaMigration) RETURN v.version AS version';
/** Statement that records one applied version. */
export const RECORD_VERSION = 'CREATE (:SchemaMigration {version: $version, appliedAt: $appliedAt})';

/** The migrations not yet applied, in order; throws when the list itself is malformed. */
export function pendingMigrations(
  migrations: readonly Migration[],
  applied: ReadonlySet<string>,
): Migration[] {
  assertOrdered(migrations);
  return migrations.filter((m) => !applied.has(m.version));
}

export function latestVersion(migrations: readonly Migration[], applied: ReadonlySet<string>): string {
  const versions = [...applied, ...migrations.map((m) => m.version)].sort();
  return versions.at(-1) ?? '';
}

function assertOrdered(migrations: readonly Migration[]): void {
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i]!.version <= migrations[i - 1]!.version) {
      throw new Error(
        `Migration ${migrations[i]!.version} (${migrations[i]!.name}) is out of order after ${migrations[i - 1]!.version}`,
      );
    }
  }
}
