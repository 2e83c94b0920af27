import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: { manifest: true, sourcemap: false, chunkSizeWarningLimit: 600 },
  server: {
    port: 5173,
    // Host is kept as the browser sent it, so the API's Origin check sees a match.
    proxy: { '/api': { target: `http://127.0.0.1:${process.env.PORT ?? 3000}`, changeOrigin: false } },
  },
});
