// Facet values (a skill id, a city, a space...) numbered once in facet_values
// and cached in memory, so member_facets stores and compares small integers.
import type Database from 'better-sqlite3';

interface FacetValue {
  facet: number;
  value: string;
}

export class FacetDictionary {
  private readonly ids = new Map<string, number>();
  private readonly values = new Map<number, FacetValue>();

  constructor(
    private readonly selectAll: Database.Statement<[], { id: number; facet: number; value: string }>,
    private readonly insert: Database.Statement<[number, string]>,
  ) {
    this.reload();
  }

  reload(): void {
    this.ids.clear();
    this.values.clear();
    for (const row of this.selectAll.iterate()) this.remember(row.id, row.facet, row.value);
  }

  /** The number of a value, created on first use (call inside the writing transaction). */
  idFor(facet: number, value: string): number {
    const known = this.ids.get(key(facet, value));
    if (known !== undefined) return known;
    const id = Number(this.insert.run(facet, value).lastInsertRowid);
    this.remember(id, facet, value);
    return id;
  }

  /** Numbers of the known values; unknown values match nothing, so they are left out. */
  idsOf(facet: number, values: readonly string[]): number[] {
    return values.flatMap((v) => this.ids.get(key(facet, v)) ?? []);
  }

  valueOf(id: number): FacetValue | undefined {
    return this.values.get(id);
  }

  private remember(id: number, facet: number, value: string): void {
    this.ids.set(key(facet, value), id);
    this.values.set(id, { facet, value });
  }
}

function key(facet: number, value: string): string {
  return `${facet}\u0000${value}`;
}
