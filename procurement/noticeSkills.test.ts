import { describe, expect, it } from 'vitest';
import { parseNotice } from './eforms/parseNotice.js';
import { noticeSkills } from './noticeSkills.js';
import { readExample } from './testing/sharedData.js';

describe('noticeSkills', () => {
  it('combines the CPV codes and the wording, with reasons', () => {
    const skills = noticeSkills(parseNotice(readExample('cn_24_minimal.xml')));
    expect(skills.skills.map((skill) => [skill.id, skill.fromCpv])).toEqual([
      ['software-development', true],
      ['digital', false],
    ]);
    expect(skills.skills[0]?.because).toBe('CPV 72230000 (Custom software development services)');
    expect(skills.skills[1]?.reasons).toEqual([
      '"IT" in the title',
      '"IT" in the description',
      '"IT" in the title of LOT-0000',
      '"IT" in the description of LOT-0000',
    ]);
    expect(skills.skills[1]?.because).toBe(
      '"IT" in the title; "IT" in the description; "IT" in the title of LOT-0000',
    );
    expect(skills.outsideTrades).toEqual([]);
    expect(skills.lots.map((lot) => lot.lotId)).toEqual(['LOT-0000']);
  });

  it('says which CPV ancestor a skill comes from and lists the codes outside the trades', () => {
    const skills = noticeSkills(parseNotice(readExample('cn-social_24.xml')));
    expect(skills.skills.map((skill) => skill.id)).toEqual(['social-work', 'training-education']);
    expect(skills.skills[0]?.reasons[0]).toBe(
      'CPV 85310000, under 85300000 (Social work and related services)',
    );
    expect(skills.skills[0]?.reasons).toContain('"Social Work" in the description');
    expect(skills.outsideTrades).toEqual(['85311300', '85000000']);
  });

  it('finds nothing for the network in a security-services notice', () => {
    const skills = noticeSkills(parseNotice(readExample('cn_24_maximal_100_lots.xml')));
    expect(skills.skills).toEqual([]);
    expect(skills.outsideTrades).toEqual(['79710000', '79720000', '75121000']);
    expect(skills.lots).toHaveLength(100);
  });

  it('reads only the fr/nl/en/de texts of a multilingual notice', () => {
    const skills = noticeSkills(parseNotice(readExample('cn_24_multilingual.xml')));
    expect(skills.skills.map((skill) => skill.id)).toEqual(['software-development', 'it-support', 'digital']);
    expect(skills.skills.find((skill) => skill.id === 'it-support')?.because).toContain(
      '"IT-Dienstleistungen" in the title',
    );
  });
});
