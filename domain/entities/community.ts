import { z } from 'zod';

export const COMMUNITY_KINDS = [
  'cooperative',
  'cae',
  'cae-network',
  'mutual',
  'federation',
  'freelancer-collective',
  'third-place-network',
  'coworking-network',
  'fablab-network',
  'cultural-network',
  'creative-network',
  'cultural-group',
  'real-estate-cooperative',
  'support-organisation',
  'association',
  'network',
] as const;

export const communitySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: z.enum(COMMUNITY_KINDS),
  /** ISO alpha-2, or "EU" for European networks. */
  country: z.string().regex(/^[A-Z]{2}$/),
  description: z.string(),
});
export type Community = z.infer<typeof communitySchema>;
