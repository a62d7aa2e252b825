// Vite builds the single-page app into web/dist (served by the API's web plugin)
// and, in development (`npm run dev`), proxies GraphQL (HTTP and WebSocket) to the API on :4000.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const apiTarget = process.env.PASSERELLE_API_URL ?? 'http://localhost:4000';

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: true, ws: true },
      '/health': apiTarget,
      '/ready': apiTarget,
    },
  },
});
