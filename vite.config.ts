import { createRequire } from 'node:module';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const require = createRequire(import.meta.url);

export default defineConfig(({ command }) => ({
  plugins: [react()],
  resolve: {
    // React Router publishes its development build under the package's default export condition;
    // the production build drops its warnings, which keeps the first page's script lighter.
    alias:
      command === 'build'
        ? [
            {
              find: /^react-router$/,
              replacement: path.join(
                path.dirname(require.resolve('react-router/package.json')),
                'dist/production/index.mjs',
              ),
            },
          ]
        : [],
  },
  build: {
    manifest: true,
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    // Every browser Charter supports preloads modules itself.
    modulePreload: { polyfill: false },
  },
  server: {
    port: 5173,
    // Host is kept as the browser sent it, so the API's Origin check sees a match.
    proxy: { '/api': { target: `http://127.0.0.1:${process.env.PORT ?? 3000}`, changeOrigin: false } },
  },
}));
