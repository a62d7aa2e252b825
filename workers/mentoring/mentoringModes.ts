// Whether a mentee's and a mentor's ways of meeting fit: "either" fits both.
import type { MentoringMode } from '../../domain/entities/mentoringMode.js';

export function modesFit(mentee: MentoringMode, mentor: MentoringMode): boolean {
  return mentee === 'either' || mentor === 'either' || mentee === mentor;
}
