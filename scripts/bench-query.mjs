// Query figures of `npm run bench` (issue 4), measured in the page through the DB client as the UI
// asks for rows, on the data the import figures were taken with. Each figure is the median of a
// few runs after one warm-up. Every run asks a query the DB worker has not cached (the period's
// open end moves by a millisecond, which selects the same events), so a figure is the cost of a
// new query, not of a cached selection.

const DAY = 86_400_000;
const FAR = Date.UTC(9000, 0, 1);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const MULTI = {
  kind: 'and',
  children: [
    { kind: 'cond', field: 'status', op: 'eq', value: 'failure' },
    { kind: 'cond', field: 'serviceType', op: 'in', value: ['IMAP', 'POP3', 'SMTP'] },
    { kind: 'cond', field: 'ip', op: 'cidr', value: '203.0.113.0/24' },
    { kind: 'cond', field: 'text', op: 'contains', value: 'password' },
  ],
};
const REGEX = { kind: 'cond', field: 'actor', op: 'matches', value: '^(yuki|aiko)\\.[a-z]+@example\\.com$' };
const FACETS = ['actor', 'ip', 'action', 'status', 'statusText', 'serviceType', 'details.loginMethod', 'sourceId'];
const DESC = { field: 'time', dir: 'desc' };

/** The query of run `i`: the same events each time, a new cache key each time. */
function variant(query, i) {
  const period = query.period.from !== undefined ? { ...query.period, to: query.period.to + i } : { to: FAR + i };
  return { ...query, period };
}

async function timed(page, fn, query, extra = {}, runs = 5) {
  const first = await page.evaluate(fn, { query: variant(query, 0), ...extra });
  const ms = [];
  for (let i = 1; i <= runs; i++) ms.push((await page.evaluate(fn, { query: variant(query, i), ...extra })).ms);
  return { ms: Math.round(median(ms)), total: first.total, coldMs: Math.round(first.ms) };
}

const firstPage = ({ query }) => window.__auditlensBench.firstPage(query, 200);
const summary = ({ query, fields }) => window.__auditlensBench.summary(query, fields, 'Asia/Tokyo');

/** Until a row at index `lo` or beyond shows a time (its data, not a loading stub). */
function painted(page, lo) {
  return page.waitForFunction((from) => {
    for (const row of document.querySelectorAll('[data-testid="events-grid"] .ag-row')) {
      const i = Number(row.getAttribute('row-index'));
      if (i >= from && /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/.test(row.textContent ?? '')) return true;
    }
    return false;
  }, lo, { timeout: 60_000, polling: 'raf' });
}

/**
 * The grid scrolled straight from the top to the middle of the result, until rows there are
 * painted: the median of 5 jumps, each to a different block near row events/2 (a block already
 * loaded would be a cache hit, not a jump). Finding the scroller is not timed.
 */
async function jumpMiddle(page, events) {
  const grid = page.getByTestId('events-grid');
  await grid.locator('.ag-row').first().waitFor();
  // AG Grid 36 renamed its viewport classes; the vertical scroller is whichever element scrolls.
  const found = await grid.evaluate((root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.scrollHeight > el.clientHeight * 10 && getComputedStyle(el).overflowY !== 'hidden') { el.dataset.benchScroller = '1'; return true; }
    }
    return false;
  });
  if (!found) throw new Error('jump_middle: no scrollable grid viewport found');
  const scroller = grid.locator('[data-bench-scroller="1"]');
  const ms = [];
  for (let i = 0; i < 5; i++) {
    const row = Math.floor(events / 2) + i * Math.floor(events / 97);
    await scroller.evaluate((el) => { el.scrollTop = 0; });
    await painted(page, 0);
    const t0 = Date.now();
    await scroller.evaluate((el, f) => { el.scrollTop = el.scrollHeight * f; }, row / events);
    await painted(page, Math.floor(row * 0.99));
    ms.push(Date.now() - t0);
  }
  return { ms: median(ms), max: Math.max(...ms) };
}

/** Runs the query figures; `log` reports progress (each figure can take a while at 1M events). */
export async function runQueryBench(page, events, newest, log = () => undefined) {
  const out = {};
  // `totalKey`: where the number of matching events goes, so that no figure is of an empty result.
  const step = async (name, totalKey, run) => {
    log(`  ${name} …`);
    const r = await run();
    out[name] = r.ms;
    if (totalKey) out[totalKey] = r.total;
    log(`  ${name} = ${r.ms} ms${totalKey ? ` (${r.total.toLocaleString('en-US')} events, first run ${r.coldMs} ms)` : ''}`);
  };
  const period = { filter: null, period: { from: newest - 7 * DAY, to: newest + 1 }, sort: DESC };
  const all = (filter, sort = DESC) => ({ filter, period: {}, sort });
  await step('query_first_page_ms_period', 'total_period', () => timed(page, firstPage, period));
  await step('query_first_page_ms_multi', 'total_multi', () => timed(page, firstPage, all(MULTI)));
  await step('query_first_page_ms_regex', 'total_regex', () => timed(page, firstPage, all(REGEX)));
  await step('query_facets_histogram_ms', null, () => timed(page, summary, all(MULTI), { fields: FACETS }));
  await step('sort_actor_first_page_ms', 'total_sort', () => timed(page, firstPage, all(null, { field: 'actor', dir: 'asc' })));
  await step('jump_middle_ms', null, async () => {
    const r = await jumpMiddle(page, events);
    out.jump_middle_max_ms = r.max;
    return r;
  });
  return out;
}
