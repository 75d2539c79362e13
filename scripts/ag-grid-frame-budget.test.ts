import { describe, expect, it } from 'vitest';
import { FRAME_BUDGET_MS, patchFrameBudget } from './ag-grid-frame-budget.mts';
import { agGridCode as installed, agGridFile as file } from './installed-ag-grid';

describe('patchFrameBudget', () => {
  it('replaces the installed AG Grid frame budget once, keeping the code length', () => {
    const patched = patchFrameBudget(installed, file);
    expect(patched.length).toBe(installed.length);
    expect(patched).not.toContain('this.executeFrame.bind(this, 60)');
    expect(patched.split(`this.executeFrame.bind(this,  ${FRAME_BUDGET_MS})`)).toHaveLength(2);
    // nothing else moved
    const original = 'this.executeFrame.bind(this, 60)';
    const at = installed.indexOf(original);
    expect(patched.slice(0, at)).toBe(installed.slice(0, at));
    expect(patched.slice(at + original.length)).toBe(installed.slice(at + original.length));
  });

  it('fails the build when the literal is missing or found twice (AG Grid changed)', () => {
    expect(() => patchFrameBudget('executeFrame(millis) {}', 'x.mjs')).toThrow(/x\.mjs: expected AG Grid's frame budget/);
    const twice = 'a this.executeFrame.bind(this, 60) b this.executeFrame.bind(this, 60)';
    expect(() => patchFrameBudget(twice, 'y.mjs')).toThrow(/exactly once/);
  });

  it('writes two-digit budgets and rejects ones that do not fit', () => {
    expect(patchFrameBudget('f(this.executeFrame.bind(this, 60))', 'z', 16)).toBe('f(this.executeFrame.bind(this, 16))');
    expect(() => patchFrameBudget('this.executeFrame.bind(this, 60)', 'z', 100)).toThrow(/1–99/);
    expect(() => patchFrameBudget('this.executeFrame.bind(this, 60)', 'z', 0)).toThrow(/1–99/);
  });
});
