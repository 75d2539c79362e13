/**
 * A build-time patch of AG Grid's fake vertical scrollbar (applied with the frame-budget patch, by
 * the renderer's Vite build). On every change of the row count the scrollbar set its height from the
 * grid's and read both back at once (`onRowContainerHeightChanged`: `clientHeight`, `scrollTop`),
 * which forced a style and layout pass inside the task that changed the rows: 8–26 ms of the Enter
 * key's task in the bench's quick search, and again in the task that takes each new block. It now
 * does the same one frame later, as AG Grid itself does for its other height changes
 * (`queueContainerHeightSync`), when the frame's layout is done anyway (docs/decisions.md, "Looked
 * at again (2026-12-02, ninth session)").
 *
 * If AG Grid's code changes so that the method is not found exactly once, the build fails.
 */
const METHOD = '  onRowContainerHeightChanged(ctrlsSvc) {\n';
/** AG Grid's own animation-frame helper, as queueContainerHeightSync names it in this bundle. */
const HELPER = /queueContainerHeightSync\(\) \{\s*(_\w+)\(this\.beans, \(\) => this\.syncContainerHeight\(\)\);/;

export function patchScrollbarSync(code: string, id: string): string {
  const at = code.indexOf(METHOD);
  const helper = HELPER.exec(code)?.[1];
  if (at < 0 || code.includes(METHOD, at + 1) || !helper) {
    throw new Error(`${id}: expected AG Grid's FakeVScrollComp.onRowContainerHeightChanged and queueContainerHeightSync exactly once; AG Grid has changed — re-measure typing and update scripts/ag-grid-scrollbar-sync.mts`);
  }
  // one line, so that the lines after it keep their numbers
  const deferred = `  onRowContainerHeightChanged(ctrlsSvc) { ${helper}(this.beans, () => this.syncRowContainerHeight(ctrlsSvc)); } syncRowContainerHeight(ctrlsSvc) {\n`;
  return code.slice(0, at) + deferred + code.slice(at + METHOD.length);
}
