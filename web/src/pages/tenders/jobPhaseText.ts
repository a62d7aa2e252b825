// A job's progress phase in the reader's language. The API reports phases as codes
// (the team job's: candidates, solving, explaining); a phase the web app has no words
// for yet gets a generic localised text, never its raw (often English) code.
import type { MessageKey } from '../../i18n/messages.js';
import type { Translator } from '../../i18n/translate.js';

const PHASES: ReadonlySet<string> = new Set(['candidates', 'solving', 'explaining']);

export function jobPhaseText(phase: string, t: Translator['t']): string {
  return PHASES.has(phase) ? t(`jobs.phase.${phase}` as MessageKey) : t('jobs.phase.other');
}
