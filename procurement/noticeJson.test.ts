import { describe, expect, it } from 'vitest';
import { parseNotice } from './eforms/parseNotice.js';
import { noticeToJson } from './noticeJson.js';
import { readExample } from './testing/sharedData.js';

const json = (file: string) => noticeToJson(parseNotice(readExample(file)));

describe('noticeToJson', () => {
  it('has the contracted shape', () => {
    const notice = json('cn_24_minimal.xml');
    expect(Object.keys(notice).slice(0, 9)).toEqual([
      'noticeId',
      'version',
      'subtype',
      'languages',
      'buyer',
      'title',
      'cpv',
      'skills',
      'lots',
    ]);
    expect(notice).toMatchObject({
      noticeId: 'f42be27e-09cf-4f0e-a745-63ec689631e6',
      version: '01',
      subtype: '16',
      languages: ['ENG'],
      buyer: { name: 'Publications Office of the European Union', country: 'LUX' },
      cpv: ['72230000'],
      skills: [
        { id: 'software-development', because: 'CPV 72230000 (Custom software development services)' },
        { id: 'digital', because: expect.stringContaining('"IT" in the title') },
      ],
    });
    const [lot] = notice.lots;
    expect(Object.keys(lot ?? {}).slice(0, 11)).toEqual([
      'id',
      'title',
      'cpv',
      'nuts',
      'town',
      'country',
      'value',
      'currency',
      'deadline',
      'skills',
      'kind',
    ]);
    expect(lot).toMatchObject({
      id: 'LOT-0000',
      cpv: ['72230000'],
      nuts: 'FRD22',
      town: null,
      country: 'FRA',
      value: null,
      currency: null,
      deadline: '2020-02-04T10:00:00+02:00',
      place: { name: 'Rouen', source: 'nuts' },
      requirements: [{ skill: 'software-development', minLevel: 3, count: 2 }],
    });
    expect(JSON.parse(JSON.stringify(notice))).toEqual(notice);
  });

  it('lists the main CPV first, then the additional ones once each', () => {
    expect(json('cn-social_24.xml').cpv).toEqual([
      '85311300',
      '85310000',
      '85300000',
      '85000000',
      '80000000',
    ]);
    expect(json('cn_24_open.xml').cpv).toEqual(['71630000', '71314100', '50300000', '31600000']);
  });

  it('gives the value, town and deadline of each of the 100 lots', () => {
    const notice = json('cn_24_maximal_100_lots.xml');
    expect(notice.lots).toHaveLength(100);
    expect(notice.lots[42]).toMatchObject({
      id: 'LOT-0043',
      town: 'London',
      country: 'GBR',
      value: 9999999.99,
      currency: 'EUR',
      deadline: '2023-05-22T20:59:32+01:00',
      deadlineKind: 'request-to-participate',
      skills: [],
    });
  });

  it('names the buyer in the notice language', () => {
    expect(json('cn_81_FRA.xml').buyer).toEqual({
      name: "Commissariat à l'énergie atomique et aux énergies alternatives",
      country: 'FRA',
    });
    expect(json('cn_24_multilingual.xml').buyer.name).toBe('Publications Office of the European Union');
  });
});
