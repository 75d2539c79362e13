import { describe, expect, it } from 'vitest';
import { patchScrollbarSync } from './ag-grid-scrollbar-sync.mts';
import { agGridCode as installed, agGridFile as file } from './installed-ag-grid';

describe('patchScrollbarSync', () => {
  it('defers the fake scrollbar\'s height sync to the next frame, with AG Grid\'s own helper, changing nothing else', () => {
    const patched = patchScrollbarSync(installed, file);
    const at = installed.indexOf('  onRowContainerHeightChanged(ctrlsSvc) {\n');
    expect(patched.slice(0, at)).toBe(installed.slice(0, at));
    const line = patched.slice(at, patched.indexOf('\n', at) + 1);
    expect(line).toMatch(/^ {2}onRowContainerHeightChanged\(ctrlsSvc\) \{ _\w+\(this\.beans, \(\) => this\.syncRowContainerHeight\(ctrlsSvc\)\); \} syncRowContainerHeight\(ctrlsSvc\) \{\n$/);
    expect(patched.slice(at + line.length)).toBe(installed.slice(at + '  onRowContainerHeightChanged(ctrlsSvc) {\n'.length));
    expect(patched.split('\n')).toHaveLength(installed.split('\n').length);
  });

  it('fails the build when AG Grid no longer has the method once', () => {
    expect(() => patchScrollbarSync('class X {}', 'x.mjs')).toThrow(/x\.mjs: expected AG Grid's FakeVScrollComp/);
  });
});
