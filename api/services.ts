// Opens the process-wide services from the configuration (graph store,
// repositories, taxonomy, accounts and sessions) and closes them again. The
// admin account of PASSERELLE_ADMIN_EMAIL / PASSERELLE_ADMIN_PASSWORD is
// created here, at every boot, when missing (idempotent).
import type { Config } from '../domain/config.js';
import { loadReferenceData } from '../domain/referenceData.js';
import { Taxonomy } from '../domain/taxonomy.js';
import { openGraphStore } from '../graph/openGraphStore.js';
import { AccountRepository } from '../graph/repositories/accountRepository.js';
import { AuditRepository } from '../graph/repositories/auditRepository.js';
import { graphRepositories } from '../graph/repositories/index.js';
import { SessionRepository } from '../graph/repositories/sessionRepository.js';
import { ensureBootAdmin } from './auth/bootAdmin.js';
import { SignInGuard } from './auth/signInGuard.js';
import type { Services } from './context.js';

/** Five wrong passwords for one e-mail or from one IP lock sign-in for 15 minutes. */
export const SIGN_IN_GUARD = { maxFailures: 5, windowMs: 15 * 60_000 };

export async function openServices(config: Config): Promise<Services> {
  const graph = await openGraphStore(config);
  try {
    await graph.migrate();
    const services: Services = {
      config,
      graph,
      repositories: graphRepositories(graph),
      taxonomy: new Taxonomy(loadReferenceData().skills),
      accounts: new AccountRepository(graph),
      sessions: new SessionRepository(graph),
      audit: new AuditRepository(graph),
      signInGuard: new SignInGuard(SIGN_IN_GUARD),
      onMemberErased: [],
    };
    await ensureBootAdmin(services);
    return services;
  } catch (error) {
    await graph.close();
    throw error;
  }
}

export async function closeServices(services: Services): Promise<void> {
  await services.graph.close();
}
