import { describe, expect, it } from 'vitest';
import { statusWords } from './dom-cells';

describe('statusWords', () => {
  it('gives a loading row (no event yet) no status, rather than "unknown"', () => {
    expect(statusWords(undefined, undefined)).toBeNull();
  });

  it('puts a sign before the source\'s own words, or the status in the UI language', () => {
    expect(statusWords({ status: 'failure' }, 'Login failed (incorrect password)')).toEqual({ status: 'failure', shown: 'Login failed (incorrect password)', text: '✕ Login failed (incorrect password)' });
    expect(statusWords({ status: 'success' }, 'success')).toMatchObject({ text: '✓ Success' });
    expect(statusWords({ status: 'unknown' }, '')).toMatchObject({ text: '? Unknown' });
  });
});
