import { describe, expect, it } from 'vitest';
import { columnsForPage } from '../grid/columns';
import { groupByVendor } from './nav-groups';

describe('menu groups of the JSON sources', () => {
  it('puts a Google application without its own page under Google Workspace, after the known ones', () => {
    const g = groupByVendor([
      { sourceId: 'google.reports.drive', category: 'Drive', count: 4 },
      { sourceId: 'slack.audit', category: 'Audit logs', count: 2 },
      { sourceId: 'google.reports.admin', category: 'Admin', count: 3 },
      { sourceId: 'okta.system_log', category: 'System Log', count: 5 },
      { sourceId: 'google.reports.login', category: 'Login', count: 6 },
    ]);
    expect(g.map((x) => [x.vendor, x.pages.map((p) => p.sourceId)])).toEqual([
      ['Okta', ['okta.system_log']],
      ['Google Workspace', ['google.reports.login', 'google.reports.admin', 'google.reports.drive']],
      ['Slack', ['slack.audit']],
    ]);
  });

  it('gives that page the generic Google columns, not the All events set', () => {
    expect(columnsForPage('google.reports.drive').map((c) => c.labels.en)).toEqual(['Date', 'Event name', 'Event type', 'Actor', 'IP address', 'Target']);
  });
});
