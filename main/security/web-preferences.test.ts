import { describe, expect, it } from 'vitest';
import { isAppUrl, secureWebPreferences } from './web-preferences';
import { contentSecurityPolicy } from './csp';

describe('Electron security baseline', () => {
  it('isolates and sandboxes every window', () => {
    expect(secureWebPreferences('/p.js')).toMatchObject({
      contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false,
    });
  });
  it('accepts only our own origin as a sender', () => {
    expect(isAppUrl('app://auditlens/index.html')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://auditlens/')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
  it('has a CSP without remote origins or eval', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
  });
});
