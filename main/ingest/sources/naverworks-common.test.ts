import { describe, expect, it } from 'vitest';
import { isServiceAccount, parseUser } from './naverworks-common';

describe('NAVER WORKS helpers', () => {
  it.each([
    ['Kenji Sato (k.sato@example.com)', { name: 'Kenji Sato', email: 'k.sato@example.com', login: '' }],
    ['Sato, Kenji (Sales) (k.sato@example.com)', { name: 'Sato, Kenji (Sales)', email: 'k.sato@example.com', login: '' }],
    ['Park(d.park@example.com)', { name: 'Park', email: 'd.park@example.com', login: '' }],
    ['田中 由紀 (y.tanaka@example.com)', { name: '田中 由紀', email: 'y.tanaka@example.com', login: '' }],
    ['[SERVICE] sync-tool (abc123)', { name: '[SERVICE] sync-tool', email: '', login: 'abc123' }],
    ['hr-sync.serviceaccount@example.com', { name: '', email: 'hr-sync.serviceaccount@example.com', login: '' }],
    ['Only A Name', { name: 'Only A Name', email: '', login: '' }],
  ])('parses the user %j', (text, actor) => {
    expect(parseUser(text)).toEqual(actor);
  });

  it('recognises service accounts by ID or by the [SERVICE] name', () => {
    expect(isServiceAccount(parseUser('hr-sync.serviceaccount@example.com'))).toBe(true);
    expect(isServiceAccount(parseUser('[SERVICE] HR Sync (x1@example.com)'))).toBe(true);
    expect(isServiceAccount(parseUser('Kenji Sato (k.sato@example.com)'))).toBe(false);
  });
});
