import { describe, expect, it } from 'vitest';
import { LogMailPort } from '../../messaging/mail/logMailPort.js';
import { directJob } from '../directJob.js';
import { isoWeekStart, WEEK_MS } from '../isoWeek.js';
import { type DigestDeps, digest } from './digest.js';

function setup() {
  const logged: { fields: Record<string, unknown>; message: string }[] = [];
  const periods: { from: number; to: number }[] = [];
  const deps: DigestDeps = {
    mail: new LogMailPort({ info: (fields, message) => logged.push({ fields, message }) }),
    recipients: async () => [
      { memberId: 'm_1', name: 'Anaïs', email: 'anais@example.org', language: 'fr' },
      { memberId: 'm_2', name: 'Bram', email: 'bram@example.org', language: 'nl' },
      { memberId: 'm_3', name: 'Chloe', email: 'chloe@example.org', language: 'en' },
    ],
    peopleToMeet: async (memberId, period) => {
      periods.push(period);
      if (memberId === 'm_3') return [];
      return [
        {
          memberId: 'm_9',
          name: 'Dirk',
          reason: memberId === 'm_1' ? 'céramiste à Lille' : 'keramist in Gent',
        },
      ];
    },
  };
  return { deps, logged, periods };
}

describe('digest processor', () => {
  it('mails each member with someone new to meet, in their language, about the week before', async () => {
    const { deps, logged, periods } = setup();
    const report = await digest(directJob('digest', { week: '2025-W07' }), deps);
    expect(report).toEqual({ week: '2025-W07', recipients: 3, sent: 2, empty: 1, duplicates: 0 });
    expect(periods[0]).toEqual({ from: isoWeekStart('2025-W07') - WEEK_MS, to: isoWeekStart('2025-W07') });
    expect(logged.map((l) => l.message)).toEqual([
      'mail to anais@example.org: Des personnes à rencontrer cette semaine',
      'mail to bram@example.org: Mensen die je deze week zou moeten ontmoeten',
    ]);
    expect(logged[0]?.fields.text).toContain('Bonjour Anaïs,');
    expect(logged[0]?.fields.text).toContain('- Dirk: céramiste à Lille');
  });

  it('does not mail anyone twice when the job runs again', async () => {
    const { deps, logged } = setup();
    await digest(directJob('digest', { week: '2025-W08' }), deps);
    const again = await digest(directJob('digest', { week: '2025-W08' }), deps);
    expect(again).toMatchObject({ sent: 0, duplicates: 2 });
    expect(logged).toHaveLength(2);
  });

  it('stops between two mails when the worker shuts down', async () => {
    const { deps, logged } = setup();
    const abort = new AbortController();
    const mail = deps.mail;
    deps.mail = {
      send: async (message) => {
        abort.abort(new Error('shutting down'));
        return mail.send(message);
      },
    };
    await expect(
      digest(directJob('digest', { week: '2025-W09' }, { signal: abort.signal }), deps),
    ).rejects.toThrow('shutting down');
    expect(logged).toHaveLength(1);
  });
});
