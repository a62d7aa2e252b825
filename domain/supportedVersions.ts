// The server versions Passerelle needs in production, and the check the doctor
// (`passerelle doctor`) applies to what each server reports.

export interface VersionRule {
  engine: string;
  /** Human-readable requirement, as printed. */
  needs: string;
  accepts(version: string): boolean;
}

function parts(version: string): number[] {
  return (/(\d+)\.(\d+)(?:\.(\d+))?/.exec(version) ?? []).slice(1).map((p) => Number(p ?? 0));
}

export const SUPPORTED_VERSIONS = {
  neo4j: {
    engine: 'Neo4j',
    needs: '5.x, 5.23 or later',
    accepts: (v) => parts(v)[0] === 5 && parts(v)[1]! >= 23,
  },
  meilisearch: { engine: 'Meilisearch', needs: '1.x', accepts: (v) => parts(v)[0] === 1 },
  redis: {
    engine: 'Redis',
    needs: '6.2 or later',
    accepts: (v) => {
      const [major = 0, minor = 0] = parts(v);
      return major > 6 || (major === 6 && minor >= 2);
    },
  },
} satisfies Record<string, VersionRule>;
