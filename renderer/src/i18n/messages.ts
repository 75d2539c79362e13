/**
 * UI strings. English only for now; components take every string from here so that Japanese and
 * Korean (issue #5) are a dictionary away.
 */
const en = {
  'app.title': 'Auditlens',
  'nav.all': 'All events',
  'nav.imports': 'Imports',
  'nav.sources': 'Sources',
  'action.open': 'Open files…',
  'action.export': 'Export CSV',
  'action.cancel': 'Cancel',
  'action.close': 'Close',
  'action.add': 'Add',
  'action.clear': 'Clear',
  'period.label': 'Period',
  'period.24h': 'Last 24 hours',
  'period.7d': 'Last 7 days',
  'period.30d': 'Last 30 days',
  'period.180d': 'Last 180 days',
  'period.all': 'All time',
  'period.custom': 'Custom range',
  'period.from': 'From',
  'period.to': 'To',
  'cond.label': 'Condition',
  'cond.field': 'Field',
  'cond.op': 'Operator',
  'cond.value': 'Value',
  'op.eq': 'is',
  'op.neq': 'is not',
  'op.contains': 'contains',
  'op.startsWith': 'starts with',
  'op.cidr': 'in CIDR',
  'count.events': '{n} events',
  'count.matching': '{n} matching events',
  'count.ms': 'in {ms} ms',
  'empty.title': 'No audit logs yet',
  'empty.body': 'Open or drop NAVER WORKS audit CSV files (Login, Admin, Developers, Contacts, Message) to start.',
  'empty.noMatch': 'No events match this period and these conditions.',
  'drop.hint': 'Drop audit-log files to import them',
  'import.running': 'Importing {file}',
  'import.progress': '{read} read · {rejected} rejected · {pct}%',
  'import.summary': 'Import finished',
  'import.added': 'added',
  'import.duplicates': 'duplicates',
  'import.rejected': 'rejected',
  'import.reasons': 'Rejected lines',
  'import.noneAdded': 'Nothing new: every event in {file} was already stored.',
  'imports.title': 'Imports',
  'imports.empty': 'No imports yet.',
  'col.file': 'File',
  'col.size': 'Size',
  'col.sha256': 'SHA-256',
  'col.source': 'Source',
  'col.encoding': 'Encoding',
  'col.timeZone': 'Time zone',
  'col.read': 'Read',
  'col.added': 'Added',
  'col.duplicates': 'Duplicates',
  'col.rejected': 'Rejected',
  'col.status': 'Status',
  'col.started': 'Started',
  'col.line': 'Line',
  'col.reason': 'Reason',
  'col.raw': 'Text',
  'export.done': 'Exported {rows} events to {file}',
  'export.running': 'Exporting…',
  'zone.label': 'Time zone',
  'layout.toggle': 'Mobile layout',
  'start.failed': 'Auditlens could not start',
  'field.actor': 'User',
  'field.action': 'Action',
  'field.status': 'Status',
  'field.ip': 'IP address',
  'field.serviceType': 'Service type',
  'field.target': 'Target',
  'field.category': 'Menu',
  'field.text': 'Any field',
} as const;

export type MessageKey = keyof typeof en;

/** The string for `key` with `{name}` placeholders filled in. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (_, k: string) => (k in vars ? String(vars[k]) : `{${k}}`));
}

export function formatNumber(n: number): string {
  return n.toLocaleString('en-US');
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}
