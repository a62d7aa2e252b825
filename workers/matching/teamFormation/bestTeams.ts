// The k best DISTINCT teams seen so far (distinct member sets), best first.
// Shared by the exact search (its pruning threshold) and the heuristic.

export interface FoundTeam {
  /** Candidate indices, ascending. */
  readonly members: readonly number[];
  /** Holder (candidate index) of each open slot, aligned with instance.slotRequirement. */
  readonly holders: Int32Array;
  /** Canonical communication cost. */
  readonly cost: number;
  /** What the solvers minimise: cost plus product penalties (equal to cost without product scoring). */
  readonly objective: number;
}

export function teamKey(members: readonly number[]): string {
  return members.join(',');
}

function better(a: FoundTeam, b: FoundTeam): boolean {
  if (a.objective !== b.objective) return a.objective < b.objective;
  return teamKey(a.members) < teamKey(b.members);
}

export class BestTeams {
  private readonly teams: FoundTeam[] = [];
  private readonly keys = new Set<string>();

  constructor(readonly k: number) {}

  get full(): boolean {
    return this.teams.length >= this.k;
  }

  /** A subtree whose lower bound reaches this value cannot improve the list. */
  get threshold(): number {
    return this.full ? this.teams[this.teams.length - 1]!.objective : Number.POSITIVE_INFINITY;
  }

  has(members: readonly number[]): boolean {
    return this.keys.has(teamKey(members));
  }

  /** Keeps the team if it is new and among the k best; returns whether it was kept. */
  offer(team: FoundTeam): boolean {
    const key = teamKey(team.members);
    if (this.keys.has(key)) return false;
    if (this.full && !better(team, this.teams[this.teams.length - 1]!)) return false;
    let at = this.teams.length;
    while (at > 0 && better(team, this.teams[at - 1]!)) at--;
    this.teams.splice(at, 0, team);
    this.keys.add(key);
    if (this.teams.length > this.k) this.keys.delete(teamKey(this.teams.pop()!.members));
    return true;
  }

  list(): FoundTeam[] {
    return [...this.teams];
  }
}
