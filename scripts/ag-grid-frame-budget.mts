/**
 * A build-time patch of AG Grid's animation-frame budget, applied by the renderer's Vite build.
 *
 * When rows scroll into view, AG Grid builds their cells in per-row tasks run from
 * requestAnimationFrame, and goes on within one frame until 60 ms have passed: a fling that brings
 * in a whole new viewport became one frame of 60–110 ms here (the bench's longest UI task), over
 * the 50 ms the issue allows. With an 8 ms budget the rows fill in over ~6 frames of ~35–45 ms
 * (traced; style, layout and paint included) instead (docs/decisions.md, "Scrolling: rows built a
 * few per frame"). The budget is a literal in AG Grid's code, not an option, hence the patch; the
 * grid uses renderingMode 'legacy' so that the cells' React work happens inside those tasks, where
 * the budget can see it.
 *
 * If AG Grid's code changes so that the literal is not found exactly once, the build fails rather
 * than silently losing the patch. The same plugin applies the scrollbar patch (ag-grid-scrollbar-sync.mts).
 */
import type { Plugin } from 'vite';
import { patchScrollbarSync } from './ag-grid-scrollbar-sync.mts';

export const FRAME_BUDGET_MS = 8;

const ORIGINAL = 'this.executeFrame.bind(this, 60)';
const MODULE = /[\\/]ag-grid-community[\\/]dist[\\/]package[\\/]main\.esm\.mjs$/;

/** AG Grid's ESM bundle with the frame budget replaced; same length, so source positions hold. */
export function patchFrameBudget(code: string, id: string, budget = FRAME_BUDGET_MS): string {
  const at = code.indexOf(ORIGINAL);
  if (at < 0 || code.includes(ORIGINAL, at + 1)) {
    throw new Error(`${id}: expected AG Grid's frame budget "${ORIGINAL}" exactly once; AG Grid has changed — re-measure scrolling and update scripts/ag-grid-frame-budget.mts`);
  }
  if (!Number.isInteger(budget) || budget < 1 || budget > 99) throw new Error(`frame budget must be 1–99 ms, not ${budget}`);
  const replacement = `this.executeFrame.bind(this, ${String(budget).padStart(2)})`;
  return code.slice(0, at) + replacement + code.slice(at + ORIGINAL.length);
}

export function agGridFrameBudget(): Plugin {
  let patched = false;
  return {
    name: 'auditlens:ag-grid-frame-budget',
    transform(code, id) {
      if (!MODULE.test(id.split('?')[0] ?? id)) return null;
      patched = true;
      return { code: patchScrollbarSync(patchFrameBudget(code, id), id), map: null };
    },
    buildEnd(error) {
      if (!error && !patched) this.error('ag-grid-community was bundled without passing through the frame-budget patch (scripts/ag-grid-frame-budget.mts)');
    },
  };
}
