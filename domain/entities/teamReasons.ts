// Why a team was suggested, as data: a list of reasons, each a code and its
// parameters, naming members and skills by id (never a label nor a
// name), so that every reader gets them in their own language and a member
// erased since shows as "a former member". Stored as JSON in the suggestion's
// `explanation`; rendered by the API (api/tenders/teamReasonText.ts) and the web app.
import { z } from 'zod';

const id = z.string().min(1);
const count = z.number().int().min(0);

export const teamReasonSchema = z.discriminatedUnion('code', [
  /** A replacement: `leaving` drops out, `newcomers` take the free slot(s), everyone else stays. */
  z.object({ code: z.literal('replaces'), leaving: id, newcomers: z.array(id) }),
  /** The team's size (every suggestion starts with it). */
  z.object({ code: z.literal('team'), size: count, complete: z.boolean() }),
  /** `member` fills the requirement `skill` (through the narrower `via` when set). */
  z.object({
    code: z.literal('fills'),
    member: id,
    skill: id,
    via: id.nullable(),
    level: count,
    minLevel: count,
    years: count.nullable(),
  }),
  /** `member` is in the team without filling a requirement (they asked to be counted in). */
  z.object({ code: z.literal('noSlot'), member: id }),
  /** `member` worked with `mate` on these projects. */
  z.object({
    code: z.literal('workedWith'),
    member: id,
    mate: id,
    projects: z.array(z.object({ id, title: z.string() })),
  }),
  /** `member` works from the space `space` with `mates`. */
  z.object({
    code: z.literal('sharesSpace'),
    member: id,
    space: id,
    spaceName: z.string(),
    mates: z.array(id),
  }),
  z.object({ code: z.literal('distance'), member: id, km: count }),
  z.object({ code: z.literal('openBids'), member: id, count }),
  z.object({ code: z.literal('availability'), member: id, availability: z.enum(['limited', 'unavailable']) }),
  /** The score broken down: communication cost over member pairs, then the product terms. */
  z.object({
    code: z.literal('cost'),
    cost: z.number(),
    pairs: count,
    together: count,
    availability: z.number(),
    distance: z.number(),
    load: z.number(),
    score: z.number(),
  }),
  /**
   * A partial team: `missing` of the `count` slots of requirement `skill` found nobody.
   * What would cover them: a radius of `radiusKm` around the tender's place (null: no
   * holder at any distance) or a minimum level of `level` (null: no holder nearby at any level).
   */
  z.object({
    code: z.literal('uncovered'),
    skill: id,
    minLevel: count,
    count,
    missing: count,
    radiusKm: count.nullable(),
    level: count.nullable(),
  }),
]);
export type TeamReason = z.infer<typeof teamReasonSchema>;
export type TeamReasonCode = TeamReason['code'];

const storedSchema = z.object({ teamReasons: z.array(teamReasonSchema) });

/** The suggestion's `explanation` for these reasons. */
export function storeTeamReasons(reasons: readonly TeamReason[]): string {
  return JSON.stringify({ teamReasons: reasons });
}

/** The reasons stored in a suggestion's `explanation`, or null when it holds something else (older free text). */
export function readTeamReasons(explanation: string): TeamReason[] | null {
  if (!explanation.startsWith('{')) return null;
  try {
    const parsed = storedSchema.safeParse(JSON.parse(explanation));
    return parsed.success ? parsed.data.teamReasons : null;
  } catch {
    return null;
  }
}

/** Every member a list of reasons names. */
export function membersNamed(reasons: readonly TeamReason[]): string[] {
  const ids = new Set<string>();
  for (const r of reasons) {
    if (r.code === 'replaces') for (const m of [r.leaving, ...r.newcomers]) ids.add(m);
    if ('member' in r) ids.add(r.member);
    if (r.code === 'workedWith') ids.add(r.mate);
    if (r.code === 'sharesSpace') for (const m of r.mates) ids.add(m);
  }
  return [...ids];
}
