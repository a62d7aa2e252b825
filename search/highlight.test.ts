import { describe, expect, it } from 'vitest';
import { highlightSnippet, highlightWhole, wordPredicate } from './highlight.js';

const isMatch = wordPredicate([{ word: 'ceramique', forms: ['ceramique'], prefix: 'oudek', skills: [] }]);

describe('highlights', () => {
  it('flags matched words whatever their accents or case, keeping the text intact', () => {
    const parts = highlightWhole('<b>Zéphyrine</b> OUDEKERK, Céramique', isMatch)!;
    expect(parts.map((p) => p.text).join('')).toBe('<b>Zéphyrine</b> OUDEKERK, Céramique');
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['OUDEKERK', 'Céramique']);
  });

  it('returns null when nothing matches', () => {
    expect(highlightWhole('Peinture', isMatch)).toBeNull();
    expect(highlightSnippet('Peinture', isMatch)).toBeNull();
  });

  it('cuts long text around the first match at word boundaries', () => {
    const text = `${'avant '.repeat(60)}céramique ${'après '.repeat(60)}`;
    const parts = highlightSnippet(text, isMatch, 80)!;
    expect(parts[0]).toEqual({ text: '…', match: false });
    expect(parts.at(-1)).toEqual({ text: '…', match: false });
    const body = parts
      .slice(1, -1)
      .map((p) => p.text)
      .join('');
    expect(body.length).toBeLessThanOrEqual(90);
    expect(body).toMatch(/^avant/);
    expect(parts.some((p) => p.match && p.text === 'céramique')).toBe(true);
  });
});
