import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { agGridFrameBudget } from './scripts/ag-grid-frame-budget.mts';
import { compileHints } from './scripts/compile-hints.mts';

// The renderer is served from app://auditlens/ (Electron) and http://127.0.0.1:port/ (web mode),
// so every asset URL is relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), agGridFrameBudget(), compileHints()],
  worker: { format: 'es' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    chunkSizeWarningLimit: 3000,
  },
});
