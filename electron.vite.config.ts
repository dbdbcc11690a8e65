import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * Development only (`npm run dev`): React Fast Refresh injects an inline preamble script and Vite's
 * client connects over a websocket, both of which the production CSP forbids. The built app
 * (`npm start`, packaged builds, the e2e tests) always ships the strict policy.
 */
function devCspRelaxation(): Plugin {
  return {
    name: 'shipweek-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*");
    },
  };
}

const __dirname = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load ES modules: emit CommonJS.
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), devCspRelaxation()],
    base: './',
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      minify: true,
      emptyOutDir: true,
      rollupOptions: {
        // web-api.js: the browser shell's window.api adapter (electron/main/web/server.ts adds it to the
        // page it serves); a fixed name so the server can find it. The desktop window never loads it.
        input: {
          index: resolve(__dirname, 'renderer/index.html'),
          'web-api': resolve(__dirname, 'renderer/src/browserShell/webApi.ts'),
        },
        output: { entryFileNames: (chunk) => (chunk.name === 'web-api' ? 'web-api.js' : 'assets/[name]-[hash].js') },
      },
    },
    worker: { format: 'es' },
  },
});
