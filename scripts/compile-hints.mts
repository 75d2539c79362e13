/**
 * Marks the renderer's entry chunk for eager compilation with V8's explicit compile hint (a magic
 * comment on the file's first line; Chromium 136+, so Electron 36+ and Debian's Chromium).
 *
 * V8 compiles a function the first time it runs. The first quick search after an import ran a lot
 * of code for the first time (the search's render, the grid's reset, the results' rows), and its
 * Enter key's task paid for compiling it on the UI thread: 41–71 ms in the bench's sequence against
 * 31–41 ms with the hint (docs/decisions.md, "Looked at again (2026-12-02, ninth session)"). With
 * the hint the whole chunk is compiled while it loads, off the UI thread where the script streams.
 *
 * The comment must be the first line, so the chunk's source map moves down by one line.
 */
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** `code` with the hint as its first line (once). */
export function withCompileHint(code: string): string {
  return code.startsWith(COMPILE_HINT) ? code : `${COMPILE_HINT}\n${code}`;
}

/** A source map's `mappings` moved down by the hint's line. */
export function mappingsBelowHint(mappings: string): string {
  return `;${mappings}`;
}

export function compileHints(): Plugin {
  return {
    name: 'auditlens:compile-hints',
    apply: 'build',
    generateBundle(_options, bundle) {
      let marked = 0;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        if (chunk.code.startsWith(COMPILE_HINT)) { marked++; continue; } // already marked: its map moved already
        chunk.code = withCompileHint(chunk.code);
        // Rolldown has emitted the map file already (Rollup writes it from chunk.map later): its
        // lines move down by the hint's
        const file = bundle[`${chunk.fileName}.map`];
        if (file?.type === 'asset') {
          const map = JSON.parse(String(file.source)) as { mappings: string };
          map.mappings = mappingsBelowHint(map.mappings);
          file.source = JSON.stringify(map);
        } else if (chunk.map) {
          chunk.map.mappings = mappingsBelowHint(chunk.map.mappings);
        }
        marked++;
      }
      if (marked === 0) this.error('no entry chunk to mark with the compile hint (scripts/compile-hints.mts)');
    },
  };
}
