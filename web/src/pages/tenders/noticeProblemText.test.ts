// Every problem the eForms reader can raise on the example notices is said in French, Dutch
// and English, never with the server's English message.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BadUserInputError, type FieldProblem } from '../../../../domain/errors.js';
import { parseNotice } from '../../../../procurement/index.js';
import { EFORMS_EXAMPLES_DIR } from '../../../../procurement/testing/sharedData.js';
import { LANGUAGES } from '../../i18n/messages.js';
import { translator } from '../../i18n/translate.js';
import { noticeProblemText } from './noticeProblemText.js';

function problemsOf(xml: string): FieldProblem[] {
  try {
    parseNotice(xml);
  } catch (error) {
    if (error instanceof BadUserInputError) return error.problems;
    throw error;
  }
  return [];
}

const refused = [
  ...readdirSync(EFORMS_EXAMPLES_DIR)
    .filter((file) => file.startsWith('INVALID'))
    .map((file) => readFileSync(join(EFORMS_EXAMPLES_DIR, file), 'utf8')),
  '<!DOCTYPE x [<!ENTITY a "a">]><x>&a;</x>',
  '<x><y></x>',
  '<Invoice xmlns="urn:x"/>',
  readFileSync(join(EFORMS_EXAMPLES_DIR, 'cn_24_minimal.xml'), 'utf8').replace(
    /<cbc:IssueDate>[^<]*</,
    '<cbc:IssueDate>2020-02-31+01:00<',
  ),
];

describe('eForms problems in the reader’s language', () => {
  const problems = refused.flatMap(problemsOf);

  it('finds problems with codes in the refused examples', () => {
    expect(problems.length).toBeGreaterThanOrEqual(refused.length);
    for (const problem of problems) expect(problem.reason?.code).toMatch(/^eforms\./);
  });

  it.each(LANGUAGES)('says each one in %s with its parameters filled', (language) => {
    const { t } = translator(language);
    for (const problem of problems) {
      const text = noticeProblemText(problem, t);
      if (language !== 'en') expect(text).not.toBe(problem.message);
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });

  it('names the missing part in Dutch', () => {
    const { t } = translator('nl');
    const text = noticeProblemText(
      {
        path: ['x'],
        message: 'missing',
        reason: { code: 'eforms.missing', params: { element: 'cbc:ID', part: 'lotId' } },
      },
      t,
    );
    expect(text).toBe('De identificatie van het perceel ontbreekt (element cbc:ID).');
  });
});
