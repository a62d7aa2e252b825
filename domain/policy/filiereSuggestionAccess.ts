// Who acts on a filière suggestion (accept, dismiss): a proposed new filière
// concerns the whole network, so any conseiller (or admin) does; an invitation
// into a filière concerns that filière, so its conseillers (or an admin) do.
import { canActOnFiliere, isAdmin, type Viewer } from './profileVisibility.js';

/** `filiereId` null: a proposed new filière; otherwise the filière the suggestion invites into. */
export function canActOnFiliereSuggestion(viewer: Viewer, filiereId: string | null): boolean {
  if (filiereId === null) return isAdmin(viewer) || viewer.roles.includes('conseiller');
  return canActOnFiliere(viewer, filiereId);
}
