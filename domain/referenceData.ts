// The cooperative's reference data (real spaces, communities, filières and the
// fr/en/nl skills taxonomy), shipped in domain/reference/ and validated on load.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { type Community, communitySchema } from './entities/community.js';
import { type Filiere, filiereSchema } from './entities/filiere.js';
import { type Skill, skillSchema } from './entities/skill.js';
import { type Space, spaceSchema } from './entities/space.js';
import { PACKAGE_ROOT } from './packageRoot.js';
import { parseInput } from './validation.js';

export interface ReferenceData {
  skills: Skill[];
  spaces: Space[];
  communities: Community[];
  filieres: Filiere[];
}

/** Read from the sources' folder, also when running from dist/. */
const referenceDir = path.join(PACKAGE_ROOT, 'domain', 'reference');

function readJson<S extends z.ZodType>(file: string, schema: S): z.output<S>[] {
  const raw: unknown = JSON.parse(readFileSync(path.join(referenceDir, file), 'utf8'));
  return parseInput(z.array(schema), raw, [file]);
}

let cached: ReferenceData | undefined;

/** Loads and validates the four reference files once per process. */
export function loadReferenceData(): ReferenceData {
  cached ??= {
    skills: readJson('skills.json', skillSchema),
    spaces: readJson('spaces.json', spaceSchema),
    communities: readJson('communities.json', communitySchema),
    filieres: readJson('filieres.json', filiereSchema),
  };
  return cached;
}
