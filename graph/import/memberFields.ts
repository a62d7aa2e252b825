// Parsers for the values of one import row. They accept what either format
// brings — CSV cells are strings ("ceramics:4;woodwork:2"), JSON values may be
// numbers, arrays or objects — and report problems relative to the field
// (e.g. [2, "level"]) instead of throwing, so that a whole file is checked at once.
import type { z } from 'zod';
import type { HasSkill } from '../../domain/entities/skill.js';
import type { FieldProblem } from '../../domain/errors.js';
import type { ReferenceLookup, Resolution } from './referenceLookup.js';

export type Issues = FieldProblem[];

/** Absent, null or only spaces: the file says nothing about this field. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Checks `value` with a domain schema, so that imports apply exactly the rules of the API. */
export function checked<S extends z.ZodType>(
  schema: S,
  value: unknown,
  issues: Issues,
): z.output<S> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    issues.push({
      path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      message: issue.message,
    });
  }
  return undefined;
}

export function text(value: unknown, issues: Issues): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  issues.push({ path: [], message: 'must be text' });
  return undefined;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

export function number(value: unknown, issues: Issues): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && NUMBER.test(value.trim())) return Number(value.trim());
  issues.push({ path: [], message: `must be a number such as 50.85, not ${JSON.stringify(value)}` });
  return undefined;
}

/** "a; b" or ["a", "b"] → ["a", "b"] (entries trimmed, empty ones dropped). */
export function list(value: unknown, issues: Issues): string[] | undefined {
  if (typeof value === 'string') return splitList(value);
  if (Array.isArray(value)) {
    const out: string[] = [];
    value.forEach((item, i) => {
      if (typeof item === 'string') {
        if (item.trim() !== '') out.push(item.trim());
      } else issues.push({ path: [i], message: 'must be text' });
    });
    return out;
  }
  issues.push({ path: [], message: 'must be a list (a;b in CSV, an array in JSON)' });
  return undefined;
}

function splitList(cell: string): string[] {
  return cell
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Ids resolved against the reference data; duplicates are dropped, unknown names reported by position. */
export function references(
  value: unknown,
  resolve: (name: string) => Resolution,
  issues: Issues,
): string[] | undefined {
  const names = list(value, issues);
  if (!names) return undefined;
  const ids: string[] = [];
  names.forEach((name, i) => {
    const resolved = resolve(name);
    if ('error' in resolved) issues.push({ path: [i], message: resolved.error });
    else if (!ids.includes(resolved.id)) ids.push(resolved.id);
  });
  return ids;
}

const SKILL_FIELDS = new Set(['skill', 'level', 'years']);

/**
 * Skills as "ceramics:4;woodwork:2:10" (skill:level[:years]) or as
 * [{ skill, level, years }] (JSON; entries may also be "skill:level" strings).
 */
export function skills(value: unknown, lookup: ReferenceLookup, issues: Issues): HasSkill[] | undefined {
  let entries: unknown[];
  if (typeof value === 'string') entries = splitList(value);
  else if (Array.isArray(value)) entries = value;
  else {
    issues.push({
      path: [],
      message: 'must be a list of skill:level (CSV) or of {skill, level, years} (JSON)',
    });
    return undefined;
  }
  const out: HasSkill[] = [];
  entries.forEach((entry, i) => {
    const parsed = typeof entry === 'string' ? skillFromText(entry) : skillFromObject(entry);
    if ('error' in parsed) {
      issues.push({ path: [i], message: parsed.error });
      return;
    }
    const label = typeof entry === 'string' ? `"${entry.trim()}": ` : '';
    const resolved = lookup.skill(parsed.skill);
    if ('error' in resolved) {
      issues.push({ path: [i], message: resolved.error });
      return;
    }
    if (out.some((s) => s.skill === resolved.id)) {
      issues.push({ path: [i], message: `${label}skill "${resolved.id}" is listed twice` });
      return;
    }
    const level = wholeNumber(parsed.level);
    const years = parsed.years === undefined || isBlank(parsed.years) ? 0 : wholeNumber(parsed.years);
    if (level === undefined || level < 1 || level > 5) {
      issues.push({ path: [i, 'level'], message: `${label}level must be a whole number from 1 to 5` });
      return;
    }
    if (years === undefined || years < 0 || years > 80) {
      issues.push({ path: [i, 'years'], message: `${label}years must be a whole number from 0 to 80` });
      return;
    }
    out.push({ skill: resolved.id, level, years });
  });
  return out;
}

type SkillParts = { skill: string; level: unknown; years: unknown } | { error: string };

function skillFromText(entry: string): SkillParts {
  const parts = entry.split(':').map((p) => p.trim());
  if (parts.length < 2 || parts.length > 3 || parts[0] === '') {
    return { error: `"${entry.trim()}" must be skill:level or skill:level:years, e.g. ceramics:4:10` };
  }
  return { skill: parts[0]!, level: parts[1], years: parts[2] };
}

function skillFromObject(entry: unknown): SkillParts {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    return { error: 'must be {skill, level, years} or "skill:level"' };
  }
  const record = entry as Record<string, unknown>;
  const unknown = Object.keys(record).filter((k) => !SKILL_FIELDS.has(k));
  if (unknown.length > 0) return { error: `unknown field "${unknown[0]}" (expected skill, level, years)` };
  if (typeof record.skill !== 'string' || record.skill.trim() === '')
    return { error: 'skill must name a skill' };
  return { skill: record.skill, level: record.level, years: record.years };
}

function wholeNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value.trim());
  return undefined;
}
