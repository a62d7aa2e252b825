// docker-compose.yml cannot run here (no Docker engine), so it is checked by
// parsing: the services of the production shape, their health checks, images
// pinned to a version, no default secrets, and only variables the API knows.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configSchema } from '../../domain/config.js';
import { separateWorkerRefusal } from '../../domain/deploymentShape.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const text = readFileSync(path.join(root, 'docker-compose.yml'), 'utf8');

interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string | number>;
  healthcheck?: { test: unknown };
  depends_on?: Record<string, { condition: string }>;
}
const compose = parse(text, { merge: true }) as { services: Record<string, Service> };
const { services } = compose;

describe('docker-compose.yml', () => {
  it('runs Neo4j, Meilisearch, Redis, the API and a worker', () => {
    expect(Object.keys(services).sort()).toEqual(['api', 'meilisearch', 'neo4j', 'redis', 'worker']);
    expect(services.api!.command).toEqual(['start']);
    expect(services.worker!.command).toEqual(['worker']);
  });

  it('gives every store and the API a health check, and starts the API and worker after them', () => {
    for (const name of ['neo4j', 'meilisearch', 'redis', 'api'])
      expect(services[name]!.healthcheck?.test).toBeTruthy();
    for (const name of ['api', 'worker']) {
      for (const store of ['neo4j', 'meilisearch', 'redis']) {
        expect(services[name]!.depends_on?.[store]?.condition).toBe('service_healthy');
      }
    }
    expect(JSON.stringify(services.api!.healthcheck!.test)).toContain('/ready');
  });

  it('pins every image to a version', () => {
    for (const [name, service] of Object.entries(services)) {
      if (service.build) continue;
      expect(service.image, name).toMatch(/:v?\d+\.\d+/);
    }
  });

  it('has no default secret: compose refuses to start until they are set', () => {
    // An empty default (the optional boot admin) is no secret; any other default is.
    expect(text).not.toMatch(/(PASSWORD|KEY):-[^}]|change-me/);
    expect(text).toContain('${NEO4J_PASSWORD:?');
    expect(text).toContain('${MEILI_MASTER_KEY:?');
  });

  it('passes the API and worker only variables of the configuration schema, a valid worker shape', () => {
    const known = new Set(Object.keys(configSchema.shape));
    for (const name of ['api', 'worker']) {
      const environment = services[name]!.environment ?? {};
      expect(Object.keys(environment).filter((variable) => !known.has(variable))).toEqual([]);
      const env = Object.fromEntries(Object.entries(environment).map(([k, v]) => [k, String(v)]));
      expect(
        separateWorkerRefusal({
          NEO4J_URI: env.NEO4J_URI,
          MEILI_URL: env.MEILI_URL,
          REDIS_URL: env.REDIS_URL,
        }),
      ).toBe(undefined);
    }
  });
});
