#!/usr/bin/env node
// Launcher of the CLI. A fresh checkout has no build, so the TypeScript sources are bundled with
// esbuild (a dev dependency, present after `npm install`) into node_modules/.cache on first use,
// and again whenever a source under main/ or shared/ is newer than that bundle.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const built = path.join(root, 'dist', 'main', 'cli.cjs');
const cached = path.join(root, 'node_modules', '.cache', 'auditlens', 'cli.cjs');

function newestSource(dir) {
  let newest = 0;
  for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (d.name.endsWith('.ts') && !d.name.endsWith('.test.ts')) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

function mtime(file) {
  try { return fs.statSync(file).mtimeMs; } catch { return 0; }
}

function bundle() {
  const sources = Math.max(newestSource(path.join(root, 'main')), newestSource(path.join(root, 'shared')));
  if (mtime(built) >= sources) return built;
  if (mtime(cached) >= sources) return cached;
  let esbuild;
  try {
    esbuild = require('esbuild');
  } catch {
    process.stderr.write('auditlens: run `npm install` (or `npm run build`) first: esbuild is needed to build the CLI\n');
    process.exit(1);
  }
  fs.mkdirSync(path.dirname(cached), { recursive: true });
  esbuild.buildSync({
    entryPoints: [path.join(root, 'main', 'cli', 'index.ts')], outfile: cached, bundle: true, platform: 'node',
    target: 'node20', format: 'cjs', logLevel: 'error', external: ['electron'],
  });
  return cached;
}

const { main } = require(bundle());
main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => {
  process.stderr.write(`auditlens: ${e && e.stack ? e.stack : e}\n`);
  process.exitCode = 1;
});
