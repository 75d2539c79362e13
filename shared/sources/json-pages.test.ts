import { describe, expect, it } from 'vitest';
import { pageFor, SOURCE_PAGES } from './catalog';
import { googleCategory, googleSourceId } from './google';

const layout = (sourceId: string, which: 'pc' | 'mobile') => pageFor(sourceId)!.columns.filter((c) => c[which]).map((c) => c.labels.en);

describe('pages of the JSON sources', () => {
  it('lists each vendor screen with its columns, and 4–5 of them on mobile', () => {
    expect(layout('okta.system_log', 'pc')).toEqual(['Time', 'Actor', 'Event Info', 'Outcome', 'Targets', 'Event type', 'IP address', 'Browser', 'Severity']);
    expect(layout('okta.system_log', 'mobile')).toEqual(['Time', 'Actor', 'Event Info', 'Outcome', 'Targets']);
    expect(layout('google.reports.login', 'mobile')).toEqual(['Date', 'Event name', 'Actor', 'IP address']);
    expect(layout('google.reports.admin', 'mobile')).toEqual(['Date', 'Event name', 'Actor', 'User email']);
    expect(layout('entra.signins', 'pc').slice(0, 6)).toEqual(['Date', 'User', 'Application', 'Status', 'IP address', 'Location']);
    expect(layout('entra.signins', 'mobile')).toEqual(['Date', 'User', 'Application', 'Status', 'IP address']);
    expect(layout('entra.directory_audits', 'pc')).toEqual(['Date', 'Service', 'Category', 'Activity', 'Status', 'Status reason', 'Target(s)', 'Initiated by (actor)']);
    expect(layout('github.org_audit', 'mobile')).toEqual(['Action', 'Actor', 'Repository / User', 'Time']);
    expect(layout('slack.audit', 'mobile')).toEqual(['Date', 'Action', 'Actor', 'Entity']);
    for (const id of ['okta.system_log', 'google.reports.login', 'google.reports.admin', 'entra.signins', 'entra.directory_audits', 'github.org_audit', 'slack.audit']) {
      const n = layout(id, 'mobile').length;
      expect(n, id).toBeGreaterThanOrEqual(4);
      expect(n, id).toBeLessThanOrEqual(5);
      expect(SOURCE_PAGES.filter((p) => p.sourceId === id), id).toHaveLength(1);
    }
  });

  it('names the vendors as their consoles do, with Japanese and Korean labels', () => {
    expect(['okta.system_log', 'google.reports.login', 'entra.signins', 'github.org_audit', 'slack.audit'].map((id) => pageFor(id)!.vendor))
      .toEqual(['Okta', 'Google Workspace', 'Microsoft Entra ID', 'GitHub', 'Slack']);
    expect(pageFor('google.reports.login')!.labels).toEqual({ en: 'Login log events', ja: 'ログイン ログイベント', ko: '로그인 로그 이벤트' });
    expect(pageFor('entra.signins')!.columns.map((c) => c.labels.ja).slice(0, 4)).toEqual(['日付', 'ユーザー', 'アプリケーション', '状態']);
  });

  it('gives a Google application without its own page a generic page of the columns every activity has', () => {
    const drive = pageFor('google.reports.drive')!;
    expect(drive).toMatchObject({ sourceId: 'google.reports.drive', vendor: 'Google Workspace', labels: { en: 'Drive log events' } });
    expect(drive.columns.map((c) => c.value)).toEqual(['time', 'action', 'module', 'actor', 'ip', 'target']);
    expect(pageFor('google.reports.drive')).toBe(drive);
    expect(pageFor('google.reports.some_new_app')!.labels.en).toBe('Some new app log events');
    expect(pageFor('google.reports.<b>')).toBeUndefined();
    expect(pageFor('google.other')).toBeUndefined();
  });

  it('makes source ids and categories from any applicationName, never from hostile text', () => {
    expect([googleSourceId('login'), googleSourceId('ADMIN'), googleSourceId('user_accounts'), googleSourceId('<script>'), googleSourceId('')])
      .toEqual(['google.reports.login', 'google.reports.admin', 'google.reports.user_accounts', 'google.reports.other', 'google.reports.other']);
    expect([googleCategory('login'), googleCategory('token'), googleCategory('keep'), googleCategory('')]).toEqual(['Login', 'OAuth', 'Keep', 'Other']);
  });
});
