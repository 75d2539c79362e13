// Builds every process: the renderer with Vite; main (Electron and web host), the ingest worker,
// the CLI and preload with esbuild as CommonJS bundles.
import { build as esbuild } from 'esbuild';
import { resolve } from 'node:path';
import { build as viteBuild } from 'vite';

// AUDITLENS_DIST lets parallel builds (several work trees' e2e runs) use their own output folder.
const DIST = process.env.AUDITLENS_DIST ?? 'dist';
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning', outExtension: { '.js': '.cjs' } };

await viteBuild({ configFile: 'vite.config.mts', logLevel: 'warn', build: { outDir: resolve(DIST, 'renderer') } });
await Promise.all([
  esbuild({ ...common, entryPoints: { electron: 'main/index.ts' }, outdir: `${DIST}/main`, external: ['electron'] }),
  esbuild({ ...common, entryPoints: { web: 'main/web/web-main.ts', 'ingest-worker': 'main/ingest/worker/ingest-worker.ts', 'csv-parse-worker': 'main/ingest/readers/csv-parse-worker.ts', cli: 'main/cli/index.ts' }, outdir: `${DIST}/main`, external: ['electron'] }),
  esbuild({ ...common, entryPoints: { index: 'preload/index.ts' }, outdir: `${DIST}/preload`, external: ['electron'], target: 'chrome130' }),
]);
console.log(`built ${DIST}/renderer, ${DIST}/main, ${DIST}/preload`);
