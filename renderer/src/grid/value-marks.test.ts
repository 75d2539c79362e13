import { describe, expect, it } from 'vitest';
import { EVENT_FLAGS } from '../../../shared/model/event';
import { eventMarks, levelTone, marksFor, statusWords } from './value-marks';

describe('value marks', () => {
  it('marks formula-looking values only on flagged events', () => {
    expect(marksFor('=1+1', EVENT_FLAGS.formula, false)).toEqual(['formula']);
    expect(marksFor('-5', 0, false)).toEqual([]);
    expect(marksFor('plain', EVENT_FLAGS.formula, false)).toEqual([]);
  });
  it('puts event-wide marks on the first column', () => {
    const f = EVENT_FLAGS.control | EVENT_FLAGS.badJson;
    expect(marksFor('x', f, true)).toEqual(['control', 'badJson']);
    expect(marksFor('x', f, false)).toEqual([]);
    expect(eventMarks(f | EVENT_FLAGS.formula)).toEqual(['formula', 'control', 'badJson']);
  });
  it('tones levels', () => {
    expect(levelTone('ERROR')).toBe('error');
    expect(levelTone('Notice')).toBe('warn');
    expect(levelTone('Information')).toBe('info');
    expect(levelTone('')).toBe('none');
  });
});

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
