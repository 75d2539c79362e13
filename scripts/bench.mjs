// `npm run bench`: the real app in web mode under headless Chromium on a generated NAVER WORKS
// Login archive (1M events by default). Prints a table; with --json, one JSON object on the last line.
// Usage: npm run bench -- [--events N] [--import-runs N] [--json]
// --import-runs N imports the archive N times in all (each into a fresh profile) and reports the
// median: this machine's two cores are shared, and one import's time moves by a third.
// The browser is driven over bare CDP for the import, export and reopen (bench-cdp.mjs says why)
// and through Playwright, connected over CDP, for the query, typing and scrolling figures.
// machine_calib_ms, machine_steal_pct and machine_busy_pct say how fast and how shared the machine
// was (bench-machine.mjs): compare runs only alongside them.
import { chromium } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runQueryBench } from './bench-query.mjs';
import { runUiBench } from './bench-ui.mjs';
import { launchChromium } from './bench-cdp.mjs';
import { calibrate, cpuTicks, shareBetween } from './bench-machine.mjs';

const args = process.argv.slice(2);
const json = args.includes('--json');
const eventsArg = args.find((a) => a.startsWith('--events'));
const events = Number(eventsArg?.includes('=') ? eventsArg.split('=')[1] : eventsArg ? args[args.indexOf(eventsArg) + 1] : 1_000_000);
const runsArg = args.find((a) => a.startsWith('--import-runs'));
const importRuns = Math.max(1, Number(runsArg?.includes('=') ? runsArg.split('=')[1] : runsArg ? args[args.indexOf(runsArg) + 1] : 1) || 1);
const ROOT = resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run', '--enable-precise-memory-info', '--js-flags=--expose-gc'];
const log = (...m) => { if (!json) console.log(...m); else console.error(...m); };

function dataFile() {
  const dir = join(ROOT, 'bench-data');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `login-${events}.csv`);
  if (!existsSync(file)) {
    log(`generating ${file} …`);
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/gen-login-csv.mjs'), '--events', String(events), '--out', file], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('generator failed');
  }
  return file;
}

async function startHost(port) {
  const child = spawn(process.execPath, [resolve(ROOT, process.env.AUDITLENS_DIST ?? 'dist', 'main/web.cjs'), '--no-open', `--port=${port}`], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, TZ: 'UTC', AUDITLENS_CONFIG_DIR: join(tmpdir(), 'auditlens-bench-config') } });
  let out = '';
  const url = await new Promise((res, rej) => {
    child.stdout.on('data', (d) => { out += d; const m = /^(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/m.exec(out); if (m) res(m[1]); });
    child.on('exit', (c) => rej(new Error(`host exited ${c}`)));
  });
  // The host's shutdown waits for its open connections: a browser left open after a failure kept
  // it (and the bench, silently) waiting forever, so it is killed if it does not exit in time.
  const stop = () => new Promise((r) => {
    if (child.exitCode !== null || child.signalCode !== null) return r();
    const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => { clearTimeout(kill); r(); });
    child.kill('SIGTERM');
  });
  return { url, stop };
}

/** JS heap, Blink's own heap and ArrayBuffer backing stores (where the DB worker's typed-array index lives). */
const heapOf = (u) => (u.usedSize ?? 0) + (u.embedderHeapUsedSize ?? 0) + (u.backingStorageSize ?? 0);

/** Memory of the page and of its workers (DB worker, regex worker), through CDP. */
async function rendererHeapMb(browserSession, page) {
  const pageSession = await page.context().newCDPSession(page);
  await pageSession.send('HeapProfiler.collectGarbage').catch(() => undefined);
  const main = await pageSession.send('Runtime.getHeapUsage');
  let worker = 0;
  const { targetInfos } = await browserSession.send('Target.getTargets');
  for (const t of targetInfos.filter((x) => x.type === 'worker')) {
    const { sessionId } = await browserSession.send('Target.attachToTarget', { targetId: t.targetId, flatten: false });
    const reply = new Promise((res) => {
      const on = (e) => { if (e.sessionId === sessionId) { const m = JSON.parse(e.message); if (m.id === 1) { browserSession.off('Target.receivedMessageFromTarget', on); res(m.result); } } };
      browserSession.on('Target.receivedMessageFromTarget', on);
    });
    await browserSession.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' }) });
    const r = await Promise.race([reply, new Promise((res) => setTimeout(() => res(null), 5000))]);
    if (r) worker += heapOf(r);
    await browserSession.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  }
  return (heapOf(main) + worker) / 1024 ** 2;
}

/** Until the DB worker holds `n` events (asked through the bench hook, not read off the screen). */
async function waitForEvents(page, n, timeout) {
  const end = Date.now() + timeout;
  for (;;) {
    const have = await page.evaluate('(async () => (await window.__auditlensBench?.events()) ?? -1)()').catch(() => -1);
    if (have === n) return;
    if (Date.now() > end) throw new Error(`the database holds ${have} events, not ${n}, after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Opens the app on `page` (a BarePage) with the Tokyo zone, ready for an import. */
async function openApp(page, host) {
  await page.goto(`${host.url}&bench=1`);
  await page.until(`!!document.querySelector('[data-app-ready="true"]')`, 60_000);
  await page.select('[data-testid="zone-picker"]', 'Asia/Tokyo');
}

/** Imports `file` through the file input: ms until the summary shows. */
async function timedImport(page, file) {
  const t0 = performance.now();
  await page.setFiles('[data-testid="file-input"]', [file]);
  await page.until(`!!document.querySelector('[data-testid="import-summary"]')`, 600_000);
  return Math.round(performance.now() - t0);
}

/** One more import of `file` into a fresh profile and host (--import-runs): its time in ms. */
async function importOnly(file, port) {
  const profile = mkdtempSync(join(tmpdir(), 'auditlens-bench-'));
  const host = await startHost(port);
  const browser = await launchChromium(CHROMIUM, profile, ARGS);
  try {
    await openApp(browser.page, host);
    return await timedImport(browser.page, file);
  } finally {
    await browser.close();
    await host.stop();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The middle run; of an even number, the slower of the two in the middle. */
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const file = dataFile();
  const size = statSync(file).size;
  const profile = mkdtempSync(join(tmpdir(), 'auditlens-bench-'));
  const port = 41000 + Math.floor(Math.random() * 10000);
  const results = { events: 0, file_mb: +(size / 1024 ** 2).toFixed(1), machine_calib_ms: calibrate() };
  const ticks = cpuTicks();
  let host = await startHost(port);
  let browser = null;
  let pw = null;
  try {
    // A persistent profile is needed for the reopen figure: Chromium runs on a profile kept on disk.
    browser = await launchChromium(CHROMIUM, profile, ARGS);
    const page = browser.page;
    await openApp(page, host);

    log(`importing ${file} (${results.file_mb} MB) …`);
    results.import_ms = await timedImport(page, file);
    const added = await page.evaluate(`document.querySelector('[data-testid="count-added"]').innerText`);
    results.events = Number(added.replace(/[^\d]/g, ''));
    await page.click('[data-testid="import-summary-close"]');
    if (importRuns > 1) {
      const runs = [results.import_ms];
      for (let i = 1; i < importRuns; i++) {
        log(`import ${i + 1} of ${importRuns} …`);
        runs.push(await importOnly(file, port + i));
      }
      results.import_runs_ms = runs.join(' ');
      results.import_ms = median(runs);
    }
    results.import_events_per_s = Math.round(results.events / (results.import_ms / 1000));
    await waitForEvents(page, results.events, 60_000);

    // Playwright for the query, typing and scrolling figures (its input, locators and evaluate)
    pw = await chromium.connectOverCDP(browser.wsEndpoint);
    const pwPage = pw.contexts()[0].pages().find((p) => p.url().includes('bench=1'));
    const browserSession = await pwPage.context().newCDPSession(pwPage);
    results.renderer_heap_mb = +(await rendererHeapMb(browserSession, pwPage)).toFixed(1);

    log('querying …');
    const newest = await pwPage.evaluate(() => window.__auditlensBench.newest());
    Object.assign(results, await runQueryBench(pwPage, results.events, newest, log));
    log('typing and scrolling …');
    Object.assign(results, await runUiBench(pwPage));
    results.renderer_heap_mb = Math.max(results.renderer_heap_mb, +(await rendererHeapMb(browserSession, pwPage)).toFixed(1));
    // disconnects; the browser and the page stay
    await pw.close();
    pw = null;
    await page.emulateDefaults();

    const downloads = mkdtempSync(join(tmpdir(), 'auditlens-bench-dl-'));
    const t1 = performance.now();
    const download = browser.nextDownload(downloads, 600_000);
    await page.click('[data-testid="export-csv"]');
    const exported = await download;
    results.export_csv_ms = Math.round(performance.now() - t1);
    results.export_mb = +(statSync(exported).size / 1024 ** 2).toFixed(1);
    rmSync(downloads, { recursive: true, force: true });

    await browser.close();
    await host.stop();
    host = await startHost(port);
    const t2 = performance.now();
    browser = await launchChromium(CHROMIUM, profile, ARGS);
    await browser.page.goto(`${host.url}&bench=1`);
    await waitForEvents(browser.page, results.events, 120_000);
    results.reopen_ms = Math.round(performance.now() - t2);
    // the DB worker's own figure: rebuilding the index from IndexedDB, of which waiting for reads
    const startup = await browser.page.evaluate('window.__auditlensBench.startup()');
    results.reopen_index_ms = startup?.indexMs;
    results.reopen_read_wait_ms = startup?.readMs;
  } finally {
    await pw?.close().catch(() => undefined);
    await browser?.close();
    await host.stop();
    rmSync(profile, { recursive: true, force: true });
  }
  const share = shareBetween(ticks, cpuTicks());
  if (share) Object.assign(results, { machine_steal_pct: share.steal_pct, machine_busy_pct: share.busy_pct });
  const rows = Object.entries(results);
  const w = Math.max(...rows.map(([k]) => k.length));
  log('');
  for (const [k, v] of rows) log(`${k.padEnd(w)}  ${typeof v === 'number' ? v.toLocaleString('en-US') : v}`);
  if (json) console.log(JSON.stringify(results));
}

main().catch((e) => { console.error(e); process.exit(1); });
