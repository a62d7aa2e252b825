import { describe, expect, it } from 'vitest';
import type { MemberRecord } from '../../domain/entities/member.js';
import { BadUserInputError } from '../../domain/errors.js';
import { type ExistingMemberLookup, planImport } from './importPlan.js';
import { type MemberImportRow, parseMemberFile } from './memberFile.js';

const NOW = Date.UTC(2025, 0, 15);
const LATER = NOW + 86_400_000;
const FILE = [
  'externalId,name,email,city,languages,skills,spaces,bio,visibility',
  'A1,Anaïs Dubois,anais@example.org,Liège,fr;en,ceramics:4:10;woodworking:2,brasserie-haecht;espace-dony,Potière,network',
  'A2,Jan Peeters,jan@example.org,Gent,nl,ceramics:3,smart-gent-office,,spaces',
  ',Léa Martin,lea@example.net,,,,,,',
].join('\n');

const parse = (text: string, now: number) => parseMemberFile(text, { format: 'csv', now });

/** A stand-in store: members keyed by id, found by externalId first, then e-mail, like the repositories do. */
function memoryStore(members: MemberRecord[]): ExistingMemberLookup {
  return async (row: MemberImportRow) => {
    const { externalId, email } = row.record;
    return (
      (externalId !== null ? members.find((m) => m.externalId === externalId) : undefined) ??
      members.find((m) => m.email === email) ??
      null
    );
  };
}

describe('planImport', () => {
  it('creates every row into an empty network', async () => {
    const rows = parse(FILE, NOW);
    const plan = await planImport(rows, memoryStore([]));
    expect(plan.create.map((m) => m.name)).toEqual(['Anaïs Dubois', 'Jan Peeters', 'Léa Martin']);
    expect(plan.update).toEqual([]);
    expect(plan.unchanged).toBe(0);
  });

  it('changes nothing when the same file is imported again, even if the store returns lists in another order', async () => {
    const first = await planImport(parse(FILE, NOW), memoryStore([]));
    const stored = first.create.map((m) => ({
      ...m,
      skills: [...m.skills].reverse(),
      spaces: [...m.spaces].reverse(),
      languages: [...m.languages].reverse(),
    }));
    const again = await planImport(parse(FILE, LATER), memoryStore(stored));
    expect(again).toEqual({ create: [], update: [], unchanged: 3 });
  });

  it('updates only the provided fields that differ and keeps everything else', async () => {
    const [anais] = (await planImport(parse(FILE, NOW), memoryStore([]))).create;
    const stored: MemberRecord = {
      ...anais!,
      phone: '+32 555 00 00 00',
      preferredLanguage: 'en',
      privacy: { ...anais!.privacy, suggestForBids: false },
    };
    const changed = FILE.replace('ceramics:4:10;woodworking:2', 'ceramics:5:11;woodworking:2').replace(
      'Potière,network',
      'Potière,nobody',
    );
    const plan = await planImport(parse(changed, LATER), memoryStore([stored]));
    expect(plan.create).toHaveLength(2);
    expect(plan.unchanged).toBe(0);
    expect(plan.update).toEqual([
      {
        ...stored,
        skills: [
          { skill: 'ceramics', level: 5, years: 11 },
          { skill: 'woodworking', level: 2, years: 0 },
        ],
        privacy: { ...stored.privacy, visibility: 'nobody' },
        updatedAt: LATER,
      },
    ]);
  });

  it('matches a member known only by e-mail and gives them the externalId of the file', async () => {
    const known: MemberRecord = {
      ...parse(FILE, NOW)[0]!.record,
      id: 'm_signed_up_herself',
      handle: 'anais',
      externalId: null,
    };
    const plan = await planImport(parse(FILE, LATER), memoryStore([known]));
    expect(plan.update).toHaveLength(1);
    expect(plan.update[0]).toMatchObject({ id: 'm_signed_up_herself', handle: 'anais', externalId: 'A1' });
  });

  it('refuses two rows that land on the same existing member', async () => {
    const stored = (await planImport(parse(FILE, NOW), memoryStore([]))).create;
    // The store resolves line 5 (A9) to Anaïs as well, so lines 2 and 5 would both update her.
    const clash = `${FILE}\nA9,Anaïs Again,anais.other@example.org,,,,,,`;
    const store: ExistingMemberLookup = async (row) =>
      row.record.externalId === 'A9' ? stored[0]! : memoryStore(stored)(row);
    const error: unknown = await planImport(parse(clash, LATER), store).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadUserInputError);
    expect((error as BadUserInputError).problems).toEqual([
      {
        path: ['line 5'],
        message: 'refers to the same existing member as line 2 (same externalId or e-mail)',
      },
    ]);
  });

  it('keeps rows and lookups paired when lookups complete out of order', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => `X${i},Member ${i},m${i}@example.org,,,,,,`);
    const parsed = parse(
      ['externalId,name,email,city,languages,skills,spaces,bio,visibility', ...rows].join('\n'),
      NOW,
    );
    const stored = parsed.filter((_, i) => i % 2 === 0).map((r) => r.record);
    const byExternalId = new Map(stored.map((m) => [m.externalId, m]));
    let inFlight = 0;
    let maxInFlight = 0;
    const slowThenFast: ExistingMemberLookup = async (row) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const delay = 200 - Number(row.record.externalId!.slice(1));
      for (let t = 0; t < delay; t++) await Promise.resolve();
      inFlight--;
      return byExternalId.get(row.record.externalId) ?? null;
    };
    const plan = await planImport(parsed, slowThenFast);
    expect(plan.unchanged).toBe(100);
    expect(plan.create.map((m) => m.externalId)).toEqual(
      parsed.filter((_, i) => i % 2 === 1).map((r) => r.record.externalId),
    );
    expect(maxInFlight).toBeGreaterThan(1);
    expect(maxInFlight).toBeLessThanOrEqual(64);
  });
});
