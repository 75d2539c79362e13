/** What `inspect` prints: a readable block per file, or one JSON object. Pure. */
import type { FileReport } from './collect';

export interface InspectJson {
  files: (Omit<FileReport, 'format'>)[];
  events: number;
  duplicates: number;
  rejected: number;
}

export function inspectJson(reports: readonly FileReport[]): InspectJson {
  return {
    files: reports.map(({ format: _format, ...r }) => r),
    events: reports.reduce((n, r) => n + r.events, 0),
    duplicates: reports.reduce((n, r) => n + r.duplicates, 0),
    rejected: reports.reduce((n, r) => n + r.rejected, 0),
  };
}

const num = (n: number) => n.toLocaleString('en-US');

export function inspectText(reports: readonly FileReport[]): string {
  const out: string[] = [];
  for (const r of reports) {
    out.push(r.entry ? `${r.path} › ${r.entry}` : r.path);
    out.push(`  status     ${r.status}${r.message ? ` — ${r.message}` : ''}`);
    if (r.columns) {
      out.push(`  columns    ${r.columns.join(', ')}`);
      out.push('  mapping    write one for these columns and pass it with --mapping FILE.json');
    }
    if (!r.skipped && r.status !== 'failed') {
      out.push(`  source     ${r.source || '-'}   format ${r.format || '-'}   encoding ${r.encoding || '-'}`);
      if (r.sha256) out.push(`  sha256     ${r.sha256}`);
    }
    out.push(`  events     ${num(r.events)}   duplicates ${num(r.duplicates)}   rejected ${num(r.rejected)}`);
    for (const x of r.rejects) out.push(`  line ${x.line}: ${x.reason}`);
    if (r.rejected > r.rejects.length) out.push(`  … and ${num(r.rejected - r.rejects.length)} more rejected lines`);
  }
  const t = inspectJson(reports);
  out.push(`total: ${num(reports.length)} file(s), ${num(t.events)} events, ${num(t.duplicates)} duplicates, ${num(t.rejected)} rejected`);
  return out.join('\n') + '\n';
}

/** 0 when every file was read (complete, partial or skipped), 1 when any failed or needs a mapping (it was not read). */
export function exitCode(reports: readonly FileReport[]): number {
  return reports.some((r) => r.status === 'failed' || r.status === 'cancelled' || r.status === 'needs-mapping') ? 1 : 0;
}
