import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../../shared/model/event';
import { ev, JST } from '../test-support/incident';
import { cellText } from './cell-text';

const event: AuditEvent = {
  ...ev({ id: 'x', time: JST('02:31:18'), actorName: 'Yuki Tanaka', actorEmail: 'yuki.tanaka@example.com', actorLogin: 'yuki', ip: '203.0.113.45', line: 42, flags: 1, details: { loginMethod: 'Password', formula: '=HYPERLINK("x")' } }),
  importId: 'imp_a',
};

describe('cellText', () => {
  it('formats time in the display zone and in UTC', () => {
    expect(cellText(event, 'time', 'Asia/Tokyo')).toBe('2024-05-14T02:31:18+09:00');
    expect(cellText(event, 'time', 'UTC')).toBe('2024-05-13T17:31:18+00:00');
    expect(cellText(event, 'timeUtc', 'Asia/Tokyo')).toBe('2024-05-13T17:31:18.000Z');
  });

  it('shows the actor as Name (email), or whichever part exists', () => {
    expect(cellText(event, 'actor', 'UTC')).toBe('Yuki Tanaka (yuki.tanaka@example.com)');
    expect(cellText({ ...event, actorEmail: '' }, 'actor', 'UTC')).toBe('Yuki Tanaka');
    expect(cellText({ ...event, actorName: '' }, 'actor', 'UTC')).toBe('yuki.tanaka@example.com');
    expect(cellText({ ...event, actorName: '', actorEmail: '' }, 'actor', 'UTC')).toBe('yuki');
    expect(cellText({ ...event, actorName: '', actorEmail: '', actorLogin: '' }, 'actor', 'UTC')).toBe('');
  });

  it('reads details and plain fields, leaving formulas as data', () => {
    expect(cellText(event, 'details.loginMethod', 'UTC')).toBe('Password');
    expect(cellText(event, 'details.formula', 'UTC')).toBe('=HYPERLINK("x")');
    expect(cellText(event, 'details.missing', 'UTC')).toBe('');
    expect(cellText(event, 'ip', 'UTC')).toBe('203.0.113.45');
    expect(cellText(event, 'line', 'UTC')).toBe('42');
    expect(cellText(event, 'flags', 'UTC')).toBe('1');
    expect(cellText(event, 'importId', 'UTC')).toBe('imp_a');
    expect(cellText(event, 'nothing', 'UTC')).toBe('');
    expect(cellText(event, 'toString', 'UTC')).toBe('');
  });
});
