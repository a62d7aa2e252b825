// A job phase is said in the reader's language, a known one by its own words and an
// unknown one generically, never as the raw code the API sent.
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../i18n/messages.js';
import { translator } from '../../i18n/translate.js';
import { jobPhaseText } from './jobPhaseText.js';

describe('jobPhaseText', () => {
  it.each(LANGUAGES)('in %s, names known phases and never shows an unknown code', (language) => {
    const { t } = translator(language);
    const known = ['candidates', 'solving', 'explaining'].map((phase) => jobPhaseText(phase, t));
    expect(new Set(known).size).toBe(3);
    for (const text of known) expect(text).not.toMatch(/^(candidates|solving|explaining)$/);
    const unknown = jobPhaseText('reticulatingSplines', t);
    expect(unknown).not.toContain('reticulatingSplines');
    expect(unknown).toBe(t('jobs.phase.other'));
    expect(unknown.length).toBeGreaterThan(0);
  });
});
