import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webPlugin } from './web.js';

const INDEX = '<!doctype html><html lang="fr"><body><div id="root"></div></body></html>';
const SCRIPT = 'console.log("passerelle");'.repeat(50);

async function appServing(root: string): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  app.get('/health', async () => ({ status: 'ok' }));
  app.post('/graphql', async () => ({ data: null }));
  await app.register(webPlugin, { root });
  await app.ready();
  return app;
}

describe('webPlugin with a built app', () => {
  let dir: string;
  let app: FastifyInstance;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-web-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), INDEX);
    writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), SCRIPT);
    writeFileSync(path.join(dir, 'assets', 'index-abc123.js.gz'), gzipSync(SCRIPT));
    app = await appServing(dir);
  });

  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html at / without caching it', async () => {
    const response = await app.inject({ url: '/', headers: { accept: 'text/html' } });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe(INDEX);
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('answers client-side routes with the app page', async () => {
    const response = await app.inject({
      url: '/members/alice-martin?lang=nl',
      headers: { accept: 'text/html' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe(INDEX);
  });

  it('caches hashed assets for a year and sends the gzip file to browsers that accept it', async () => {
    const plain = await app.inject({ url: '/assets/index-abc123.js' });
    expect(plain.statusCode).toBe(200);
    expect(plain.body).toBe(SCRIPT);
    expect(plain.headers['cache-control']).toContain('immutable');
    const zipped = await app.inject({
      url: '/assets/index-abc123.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.rawPayload.length).toBeLessThan(SCRIPT.length);
  });

  it('keeps 404s for missing assets, API paths and non-HTML requests', async () => {
    expect(
      (await app.inject({ url: '/assets/missing.js', headers: { accept: 'text/html' } })).statusCode,
    ).toBe(404);
    expect((await app.inject({ url: '/graphql/nothing', headers: { accept: 'text/html' } })).statusCode).toBe(
      404,
    );
    expect(
      (await app.inject({ url: '/members/x', headers: { accept: 'application/json' } })).statusCode,
    ).toBe(404);
    expect(
      (await app.inject({ method: 'POST', url: '/members/x', headers: { accept: 'text/html' } })).statusCode,
    ).toBe(404);
  });

  it('leaves the API routes alone', async () => {
    expect((await app.inject({ url: '/health' })).json()).toEqual({ status: 'ok' });
    expect((await app.inject({ method: 'POST', url: '/graphql' })).json()).toEqual({ data: null });
  });
});

describe('webPlugin without a built app', () => {
  it('keeps the API running and says how to build the app', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-web-empty-'));
    const app = await appServing(dir);
    try {
      const response = await app.inject({ url: '/' });
      expect(response.statusCode).toBe(503);
      expect(response.body).toContain('npm run build:web');
      expect((await app.inject({ url: '/health' })).statusCode).toBe(200);
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
