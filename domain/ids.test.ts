// The one slug rule (member handles, filière slugs from a proposal's label):
// accents and compatibility forms folded, anything else a single dash, at most
// 64 characters like slugSchema, never ending in a dash.
import { describe, expect, it } from 'vitest';
import { slugify, slugSchema } from './ids.js';

describe('slugify', () => {
  it('folds accents, ligatures and case, and joins words with single dashes', () => {
    expect(slugify('Anaïs Van den Berghe')).toBe('anais-van-den-berghe');
    expect(slugify('  Céramistes & ﬁleurs — Liège ')).toBe('ceramistes-fileurs-liege');
  });

  it('keeps within slugSchema: at most 64 characters and no trailing dash', () => {
    const slug = slugify(`${'a'.repeat(63)} b`);
    expect(slug).toBe('a'.repeat(63));
    expect(
      slugSchema.safeParse(slugify('Métiers du bois et de la restauration du patrimoine bâti wallon'))
        .success,
    ).toBe(true);
  });

  it('is empty when nothing is left, so each caller chooses its fallback', () => {
    expect(slugify('—·—')).toBe('');
  });
});
