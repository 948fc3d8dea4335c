/**
 * The console's build: React, served by the API under /console/. The project's zod schemas are
 * imported from ../schemas through the @schemas alias, so the form pages validate with the
 * very schemas the API does.
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: '/console/',
  plugins: [react()],
  resolve: { alias: { '@schemas': resolve(import.meta.dirname, '../schemas') } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The pages load on demand; what a first visit needs is held to the budget (≤ 600 KB gzipped), printed by the browser suite.
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      onwarn(warning, warn) {
        // zod explains its own pure annotations in comments Rollup cannot place; harmless, and noise in npm start's output.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/zod/')) return;
        warn(warning);
      },
      output: {
        manualChunks: (id) => {
          if (!id.includes('node_modules')) return undefined;
          if (/node_modules\/(react|react-dom|scheduler|react-router)\//.test(id)) return 'react';
          return undefined;
        },
      },
    },
  },
});
