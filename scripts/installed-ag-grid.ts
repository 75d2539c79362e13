/** The installed AG Grid's ESM bundle, the file Vite bundles into the renderer: what the build-time patches are tested on. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const agGridFile = join(dirname(createRequire(import.meta.url).resolve('ag-grid-community')), 'main.esm.mjs');
export const agGridCode = readFileSync(agGridFile, 'utf8');
