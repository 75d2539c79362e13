import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, FIXTURES } from '../test-helpers';
import { parseComplement } from './kintone-audit';

describe('Kintone audit log', () => {
  it('splits Complement at `, key: ` only', () => {
    expect(parseComplement('app id: 44, app name: Expense Reports, FY2024, record id: 477, filename: photo,1.jpg')).toEqual([
      ['appId', '44'], ['appName', 'Expense Reports, FY2024'], ['recordId', '477'], ['filename', 'photo,1.jpg'],
    ]);
    expect(parseComplement('app id: [31, 44], revert: false')).toEqual([['appId', '[31, 44]'], ['revert', 'false']]);
    expect(parseComplement('group: Administrators (id: 7), members: 佐藤 健二 (id: 1), 田中 由紀 (id: 2)')).toEqual([
      ['group', 'Administrators (id: 7)'], ['members', '佐藤 健二 (id: 1), 田中 由紀 (id: 2)'],
    ]);
    expect(parseComplement('3 years')).toEqual([]);
    expect(parseComplement('lockout')).toEqual([]);
  });

  it('imports the fixture: 169 events, levels, results, system actor, parsed complement', async () => {
    const { result, events } = await collect(path.join(FIXTURES, 'kintone-audit.csv'));
    expect(result).toMatchObject({ status: 'finished', sourceId: 'kintone.audit', read: 169, rejected: 0, encoding: 'utf-8' });
    const admins = events.find((e) => e.line === 113)!;
    expect(new Date(admins.time).toISOString()).toBe('2024-05-13T18:57:23.000Z');
    expect(admins).toMatchObject({
      category: '共通', actorLogin: 'k.sato', actorKind: 'member', level: 'notice', module: 'User Administration',
      action: 'assign administrators', status: 'success', statusText: 'SUCCESS', ip: '203.0.113.77',
      details: { group: 'Administrators (id: 7)', members: '佐藤 健二 (id: 1), 田中 由紀 (id: 2)', complement: 'group: Administrators (id: 7), members: 佐藤 健二 (id: 1), 田中 由紀 (id: 2)' },
    });
    expect(events.find((e) => e.line === 73)).toMatchObject({ actorLogin: 'nobody', actorKind: 'system', ip: '', target: '案件管理' });
    expect(events.find((e) => e.line === 45)).toMatchObject({ status: 'failure', statusText: 'VALIDATION ERROR', level: 'information', details: { errorCode: 'GAIA_IL01', target: 'adminNotes', appId: '44' } });
    expect(events.find((e) => e.line === 136)).toMatchObject({ status: 'failure', details: { complement: 'lockout' } });
  });
});
