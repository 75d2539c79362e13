// Builds every process: the renderer with Vite; main (Electron and web host), the ingest worker,
// the CLI and preload with esbuild as CommonJS bundles.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning', outExtension: { '.js': '.cjs' } };

await viteBuild({ configFile: 'vite.config.mts', logLevel: 'warn' });
await Promise.all([
  esbuild({ ...common, entryPoints: { electron: 'main/index.ts' }, outdir: 'dist/main', external: ['electron'] }),
  esbuild({ ...common, entryPoints: { web: 'main/web/web-main.ts', 'ingest-worker': 'main/ingest/worker/ingest-worker.ts', cli: 'main/cli/index.ts' }, outdir: 'dist/main', external: ['electron'] }),
  esbuild({ ...common, entryPoints: { index: 'preload/index.ts' }, outdir: 'dist/preload', external: ['electron'], target: 'chrome130' }),
]);
console.log('built dist/renderer, dist/main, dist/preload');
