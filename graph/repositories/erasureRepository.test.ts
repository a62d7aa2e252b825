// The erasure on a real Kùzu store: an unknown member changes nothing; a known
// one goes with their account, the suggestions about or naming them and their
// alerts, while what others share keeps existing with "erased" in their place.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Suggestion } from '../../domain/entities/suggestion.js';
import { memberRecord } from '../../test/contract/graphFixtures.js';
import type { GraphStore } from '../graphStore.js';
import { openKuzuGraphStore } from '../kuzu/kuzuGraphStore.js';
import { AccountRepository } from './accountRepository.js';
import { AlertRepository } from './alertRepository.js';
import { AuditRepository, ERASED } from './auditRepository.js';
import { ErasureRepository } from './erasureRepository.js';
import { MemberRepository } from './memberRepository.js';
import { SuggestionRepository } from './suggestionRepository.js';

let dir: string;
let store: GraphStore;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-erasure-'));
  store = await openKuzuGraphStore({ directory: dir });
  await store.migrate();
});

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

function suggestion(id: string, subjectId: string, targetIds: string[]): Suggestion {
  return {
    id,
    kind: 'peer',
    subjectId,
    targetIds,
    score: 0.5,
    explanation: 'shares two collaborators',
    status: 'new',
    algorithmVersion: 'peer-aa@1',
    createdAt: 1000,
  };
}

async function member(n: number): Promise<{ memberId: string; accountId: string }> {
  const { skills: _s, spaces: _sp, communities: _c, filieres: _f, ...profile } = memberRecord(n, {});
  const accountId = `acc_${n}`;
  await new AccountRepository(store).createWithMember(
    {
      id: accountId,
      email: profile.email,
      passwordHash: 'scrypt$test',
      roles: ['member'],
      scopeFilieres: [],
      scopeSpaces: [],
      memberId: profile.id,
      createdAt: 1000,
    },
    profile,
  );
  return { memberId: profile.id, accountId };
}

describe('ErasureRepository', () => {
  it('changes nothing for an unknown member', async () => {
    const { memberId } = await member(1);
    expect(
      await new ErasureRepository(store).erase('m_nobody', { actorId: 'acc_admin', by: 'admin', at: 2000 }),
    ).toBeNull();
    expect(await new MemberRepository(store).get(memberId)).not.toBeNull();
  });

  it('erases the member, their account, suggestions and alerts; others keep theirs, with "erased" in the log', async () => {
    const gone = await member(2);
    const stays = await member(3);
    const suggestions = new SuggestionRepository(store);
    await suggestions.upsert([
      suggestion('s_about', gone.memberId, [stays.memberId]),
      suggestion('s_naming', stays.memberId, [gone.memberId]),
      suggestion('s_other', stays.memberId, ['m_someone']),
    ]);
    const alerts = new AlertRepository(store);
    for (const m of [gone, stays]) {
      await alerts.create({
        id: `alert_${m.memberId}`,
        memberId: m.memberId,
        filiereId: null,
        cpv: ['45000000'],
        skills: [],
        regions: [],
        createdAt: 1000,
      });
    }
    const audit = new AuditRepository(store);
    await audit.record({
      id: 'aud_old',
      actorId: gone.accountId,
      action: 'profile.viewed',
      targetKind: 'Member',
      targetId: stays.memberId,
      at: 1500,
      details: '{}',
    });

    const accountIds = await new ErasureRepository(store).erase(gone.memberId, {
      actorId: 'acc_admin',
      by: 'admin',
      at: 2000,
    });

    expect(accountIds).toEqual([gone.accountId]);
    expect(await new MemberRepository(store).get(gone.memberId)).toBeNull();
    expect(await new AccountRepository(store).get(gone.accountId)).toBeNull();
    expect(await new AccountRepository(store).get(stays.accountId)).not.toBeNull();
    expect((await suggestions.listBySubject(stays.memberId)).map((s) => s.id)).toEqual(['s_other']);
    expect(await suggestions.get('s_about')).toBeUndefined();
    expect((await alerts.all()).map((a) => a.memberId)).toEqual([stays.memberId]);
    const events = (await audit.list({ offset: 0, limit: 10 })).items;
    expect(events.find((e) => e.id === 'aud_old')).toMatchObject({
      actorId: ERASED,
      targetId: stays.memberId,
    });
    expect(events.filter((e) => e.action === 'member.erased')).toEqual([
      expect.objectContaining({
        actorId: 'acc_admin',
        targetId: ERASED,
        at: 2000,
        details: '{"by":"admin"}',
      }),
    ]);
  });
});
