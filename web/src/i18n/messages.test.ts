import { describe, expect, it } from 'vitest';
import { LANGUAGES, MESSAGES } from './messages.js';
import { translator } from './translate.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('interface messages', () => {
  const reference = MESSAGES.fr;

  it.each(LANGUAGES)('%s translates every key with the same placeholders as French', (language) => {
    const messages = MESSAGES[language];
    expect(Object.keys(messages).sort()).toEqual(Object.keys(reference).sort());
    for (const [key, text] of Object.entries(messages)) {
      expect(text.trim(), `${language} ${key}`).not.toBe('');
      expect(placeholders(text), `${language} ${key}`).toEqual(
        placeholders(reference[key as keyof typeof reference]),
      );
    }
  });

  it('Dutch and English are actual translations, not French copies', () => {
    // Words that are the same in both languages (a name, international words).
    const sameEverywhere = ['app.name', 'spaceKind.coworking', 'spaceKind.fablab', 'level.5', 'nav.menu'];
    const sameInEnglish = [
      ...sameEverywhere,
      'directory.page',
      'member.mentors',
      'consent.title',
      'suggestions.invitations',
    ];
    const same = (language: 'nl' | 'en') =>
      Object.entries(MESSAGES[language])
        .filter(([key, text]) => reference[key as keyof typeof reference] === text)
        .map(([key]) => key)
        .sort();
    expect(same('nl')).toEqual([...sameEverywhere, 'projectRole.co-author'].sort());
    expect(same('en')).toEqual([...sameInEnglish].sort());
  });
});

describe('translator', () => {
  it('fills placeholders and localises numbers', () => {
    expect(translator('fr').plural('directory.results', 3000)).toBe('3\u202f000 membres');
    expect(translator('en').plural('directory.results', 3000)).toBe('3,000 members');
    expect(translator('nl').plural('directory.results', 3000)).toBe('3.000 leden');
  });

  it('chooses the plural form by language rules (French 0 and 1 are singular)', () => {
    expect(translator('fr').plural('directory.results', 0)).toBe('0 membre');
    expect(translator('en').plural('directory.results', 0)).toBe('0 members');
    expect(translator('nl').plural('directory.results', 1)).toBe('1 lid');
  });

  it('formats dates in the language', () => {
    const day = Date.UTC(2025, 5, 1, 12);
    expect(translator('fr').date(day)).toBe('1 juin 2025');
    expect(translator('nl').date(day)).toBe('1 juni 2025');
    expect(translator('en').date(day)).toBe('June 1, 2025');
  });

  it('leaves an unknown placeholder visible rather than dropping text', () => {
    expect(translator('en').t('status.error')).toBe('Something went wrong: {message}');
  });
});
