// A problem of a refused eForms notice in the reader's language: the API gives each one a
// code and parameters (procurement/eforms/noticeProblems.ts, procurement/xml/safeXmlParser.ts);
// an unknown code falls back to the server's English message.
import type { Translator } from '../../i18n/translate.js';
import type { NoticeProblem } from './uploadNotice.js';

const PARTS = [
  'noticeId',
  'version',
  'noticeType',
  'subtype',
  'issueDate',
  'language',
  'procedureTitle',
  'mainCpv',
  'lot',
  'lotId',
  'buyerReference',
  'buyerName',
] as const;

/** One problem of a refused notice, said in the reader's language when its code is known. */
export function noticeProblemText(problem: NoticeProblem, t: Translator['t']): string {
  const code = problem.reason?.code;
  const p = problem.reason?.params ?? {};
  const element = String(p.element ?? '');
  switch (code) {
    case 'eforms.missing': {
      const part = PARTS.find((name) => name === p.part);
      return t('eforms.missing', { part: part ? t(`eforms.part.${part}`) : String(p.part), element });
    }
    case 'eforms.invalid.date':
    case 'eforms.invalid.time':
    case 'eforms.invalid.amount':
    case 'eforms.invalid.currency':
    case 'eforms.invalid.duration':
    case 'eforms.invalid.cpv':
      return t(code, { value: String(p.value ?? ''), element });
    case 'eforms.notNotice':
    case 'eforms.namespace':
    case 'eforms.noLot':
    case 'eforms.xml.tooLarge':
    case 'eforms.xml.notWellFormed':
    case 'eforms.xml.notWellFormedAt':
    case 'eforms.xml.noRoot':
    case 'eforms.xml.encoding':
    case 'eforms.xml.declaration':
    case 'eforms.xml.tooDeep':
    case 'eforms.xml.reference':
    case 'eforms.xml.prefix':
      return t(code, Object.fromEntries(Object.entries(p).map(([k, v]) => [k, String(v)])));
    default:
      return problem.message;
  }
}
