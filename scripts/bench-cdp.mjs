// A bare Chrome DevTools Protocol driver for the bench's import, export and reopen phases.
//
// Why not Playwright there: Playwright enables the Network domain in the page and in its workers,
// and Chromium then copies every WebSocket frame, base64-encoded, into a DevTools event. The DB
// worker's data channel carries each import as ~70 MB of binary frames (and an export as ~120 MB of
// rows), so under Playwright ~92 MB of events crossed the DevTools pipe per million events and the
// harness spent 1.5–2.4 s of CPU parsing them, on the same two cores as the import (paired runs:
// 14.1 s under Playwright, 12.8 s without). No user's browser does that work, so the figures are
// taken with this driver, which enables no domain at all; Playwright is connected over CDP only
// for the typing and scrolling figures, which need its input and locators.
import { spawn } from 'node:child_process';
import WebSocket from 'ws';

/**
 * The switches Playwright gives Chromium that matter to timing (no throttling of a page in the
 * background, no hang monitor, no field trials), so the browser behaves as it did under Playwright.
 */
const AS_PLAYWRIGHT = [
  '--headless', '--hide-scrollbars', '--mute-audio',
  '--blink-settings=primaryHoverType=2,availableHoverTypes=2,primaryPointerType=4,availablePointerTypes=4',
  '--disable-field-trial-config', '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows', '--disable-renderer-backgrounding', '--disable-hang-monitor',
  '--disable-ipc-flooding-protection', '--disable-back-forward-cache', '--disable-breakpad', '--disable-extensions',
  '--disable-default-apps', '--disable-dev-shm-usage', '--no-default-browser-check', '--password-store=basic',
  '--use-mock-keychain', '--force-color-profile=srgb', '--metrics-recording-only',
];

/** One DevTools connection (to the browser), with sessions attached to targets over it (flat mode). */
class Connection {
  constructor(ws) {
    this.ws = ws;
    this.lastId = 0;
    this.pending = new Map();
    this.listeners = new Set();
    ws.on('message', (data) => {
      const m = JSON.parse(String(data));
      if (m.id !== undefined) {
        const p = this.pending.get(m.id);
        this.pending.delete(m.id);
        if (m.error) p?.reject(new Error(`${p.method}: ${m.error.message}`));
        else p?.resolve(m.result);
      } else {
        for (const fn of this.listeners) fn(m);
      }
    });
    ws.on('close', () => { for (const p of this.pending.values()) p.reject(new Error(`${p.method}: the browser went away`)); });
  }

  send(method, params = {}, sessionId) {
    const id = ++this.lastId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, method });
      this.ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });
  }

  /** Calls `fn` with each event; returns the function that stops it. */
  on(fn) {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
}

/** The app's page, driven through Runtime and DOM calls only. */
export class BarePage {
  constructor(conn, sessionId) {
    this.conn = conn;
    this.sessionId = sessionId;
  }

  send(method, params) {
    return this.conn.send(method, params, this.sessionId);
  }

  /** The value of `expression` (awaited when it is a promise); throws what the page threw. */
  async evaluate(expression) {
    const r = await this.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (r.exceptionDetails) throw new Error(`in the page: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value;
  }

  /** Until `expression` is truthy, checked every `every` ms. */
  async until(expression, timeout, every = 25) {
    const end = Date.now() + timeout;
    for (;;) {
      if (await this.evaluate(expression).catch(() => false)) return;
      if (Date.now() > end) throw new Error(`still false after ${timeout} ms: ${expression}`);
      await new Promise((r) => setTimeout(r, every));
    }
  }

  /**
   * Playwright's default page: a 1280×720 viewport and focused (a headless window is neither by
   * itself). Again after Playwright disconnects, which drops the focus emulation.
   */
  async emulateDefaults() {
    await this.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 720, deviceScaleFactor: 1, mobile: false });
    await this.send('Emulation.setFocusEmulationEnabled', { enabled: true });
  }

  async goto(url) {
    await this.send('Page.navigate', { url });
  }

  /** Sets the files of the file input matching `selector`, as a user picking them would. */
  async setFiles(selector, files) {
    const { root } = await this.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await this.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`no element matches ${selector}`);
    await this.send('DOM.setFileInputFiles', { nodeId, files });
  }

  click(selector) {
    return this.evaluate(`document.querySelector(${JSON.stringify(selector)}).click()`);
  }

  /** Chooses `value` in a <select>: through the native setter, so that React sees the change. */
  select(selector, value) {
    return this.evaluate(`(() => {
      const s = document.querySelector(${JSON.stringify(selector)});
      Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set.call(s, ${JSON.stringify(value)});
      s.dispatchEvent(new Event('change', { bubbles: true }));
    })()`);
  }
}

/**
 * Starts headless Chromium on `profile` with a DevTools port. Returns its endpoint (for
 * Playwright's connectOverCDP), the app's page, a way to catch the next download, and close().
 */
export async function launchChromium(executable, profile, args) {
  const child = spawn(executable, [...AS_PLAYWRIGHT, ...args, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  const wsEndpoint = await new Promise((resolve, reject) => {
    child.stderr.on('data', (d) => { err += d; const m = /DevTools listening on (ws:\S+)/.exec(err); if (m) resolve(m[1]); });
    child.on('exit', (code) => reject(new Error(`chromium exited (${code}) before it listened: ${err.slice(-500)}`)));
  });
  const ws = new WebSocket(wsEndpoint, { perMessageDeflate: false, maxPayload: 256 * 1024 * 1024 });
  await new Promise((resolve, reject) => { ws.once('open', resolve); ws.once('error', reject); });
  const conn = new Connection(ws);
  const { targetInfos } = await conn.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'page');
  if (!target) throw new Error('chromium opened no page');
  const { sessionId } = await conn.send('Target.attachToTarget', { targetId: target.targetId, flatten: true });
  const page = new BarePage(conn, sessionId);
  await page.emulateDefaults();

  /** The path of the next download once it is complete; downloads go to `dir`, named by their guid. */
  async function nextDownload(dir, timeout) {
    await conn.send('Browser.setDownloadBehavior', { behavior: 'allowAndName', downloadPath: dir, eventsEnabled: true });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => { stop(); reject(new Error(`no download completed within ${timeout} ms`)); }, timeout);
      const stop = conn.on((m) => {
        if (m.method !== 'Browser.downloadProgress' || (m.params.state !== 'completed' && m.params.state !== 'canceled')) return;
        stop();
        clearTimeout(timer);
        if (m.params.state === 'canceled') reject(new Error('the download was cancelled'));
        else resolve(`${dir}/${m.params.guid}`);
      });
    });
  }

  async function close() {
    await conn.send('Browser.close').catch(() => undefined);
    ws.close();
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise((resolve) => {
        const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => { clearTimeout(kill); resolve(); });
      });
    }
  }

  return { wsEndpoint, page, nextDownload, close };
}
