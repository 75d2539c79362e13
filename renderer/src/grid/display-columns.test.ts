import { describe, expect, it } from 'vitest';
import { pageFor } from '../../../shared/sources/catalog';
import { availableColumns, mobileColumns, moveColumn, pcColumns, prefsOf, toggleColumn } from './display-columns';

const login = pageFor('naverworks.login')!.columns;
const values = (cols: { column: { value: string } }[]) => cols.map((c) => c.column.value);

describe('display columns', () => {
  it('PC shows the vendor PC set by default, in the vendor order', () => {
    expect(values(pcColumns(login))).toEqual(['statusText', 'actor', 'time', 'ip', 'details.loginMethod', 'serviceType']);
  });
  it('mobile shows exactly the vendor mobile set', () => {
    expect(mobileColumns(login).map((c) => c.value)).toEqual(['statusText', 'actor', 'time', 'ip']);
  });
  it('offers normalized fields the page lacks, once each', () => {
    const all = availableColumns(login).map((c) => c.value);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toContain('level');
    expect(all.slice(0, login.length)).toEqual(login.map((c) => c.value));
  });
  it('applies order, widths, pins and ignores unknown ids', () => {
    const prefs = { visible: ['time', 'nope', 'level', 'actor'], widths: { time: 222 }, pinned: { time: 'left' as const } };
    const cols = pcColumns(login, prefs);
    expect(values(cols)).toEqual(['time', 'level', 'actor']);
    expect(cols[0]).toMatchObject({ width: 222, pinned: 'left' });
  });
  it('falls back to the PC set when nothing known is visible', () => {
    expect(values(pcColumns(login, { visible: ['nope'], widths: {}, pinned: {} }))).toHaveLength(6);
  });
  it('moves and toggles, never hiding the last column', () => {
    let p = prefsOf(login);
    p = moveColumn(p, 'actor', -1);
    expect(p.visible.slice(0, 2)).toEqual(['actor', 'statusText']);
    expect(moveColumn(p, 'actor', -1)).toBe(p);
    p = toggleColumn(p, 'level', true);
    expect(p.visible.at(-1)).toBe('level');
    const one = { visible: ['time'], widths: {}, pinned: {} };
    expect(toggleColumn(one, 'time', false).visible).toEqual(['time']);
  });
});
