// How a mentor and a mentee want to meet: shared by requests, offers and the
// matching that pairs them.
import { z } from 'zod';

/** "either" accepts both. */
export const MENTORING_MODES = ['remote', 'in_person', 'either'] as const;
export const mentoringModeSchema = z.enum(MENTORING_MODES);
export type MentoringMode = z.infer<typeof mentoringModeSchema>;
