/**
 * The page of a mapped source in the menu and grid: its name as the menu label (under "Other"),
 * the time column, the mapped columns under the file's own header names, then every other column
 * (kept in `details`). Several mappings may share a name (two layouts of one export): their
 * columns are merged.
 */
import type { SourceColumn, SourcePage } from '../model/source-catalog';
import { columnKey, mappingSourceId, type ColumnMapping, type MappingRole } from './column-mapping';

/** Role → the event field its column shows (a status column shows the file's own words). */
const ROLE_VALUE: Record<MappingRole, string> = {
  actorName: 'actorName', actorEmail: 'actorEmail', actorLogin: 'actorLogin', action: 'action', target: 'target',
  status: 'statusText', ip: 'ip', serviceType: 'serviceType', level: 'level', module: 'module', category: 'category',
};
const ROLE_ORDER: readonly MappingRole[] = ['actorName', 'actorEmail', 'actorLogin', 'action', 'status', 'ip', 'target', 'serviceType', 'level', 'module', 'category'];
const MOBILE_ROLES = new Set<MappingRole>(['actorName', 'actorEmail', 'actorLogin', 'action', 'status']);

function columnsOf(m: ColumnMapping): SourceColumn[] {
  const cols: SourceColumn[] = [{ key: 'time', value: 'time', labels: { en: m.time.column }, pc: true, mobile: true, width: 190 }];
  let mobileActor = false;
  for (const role of ROLE_ORDER) {
    const name = m.columns[role];
    if (name === undefined) continue;
    const isActor = role.startsWith('actor');
    const mobile = MOBILE_ROLES.has(role) && !(isActor && mobileActor);
    if (isActor) mobileActor = true;
    cols.push({ key: role, value: ROLE_VALUE[role], labels: { en: name }, pc: true, mobile, width: role === 'status' ? 130 : 200 });
  }
  const used = new Set([m.time.column, ...Object.values(m.columns)].map(columnKey));
  for (const raw of m.headers ?? []) {
    const h = raw.trim();
    if (h === '' || used.has(columnKey(h))) continue;
    cols.push({ key: `details.${h}`, value: `details.${h}`, labels: { en: h }, pc: true, mobile: false });
  }
  return cols;
}

/** The page of `sourceId` made from the saved mappings, or undefined when none has that id. */
export function mappedPage(mappings: readonly ColumnMapping[], sourceId: string): SourcePage | undefined {
  const own = mappings.filter((m) => mappingSourceId(m.name) === sourceId);
  if (own.length === 0) return undefined;
  const columns: SourceColumn[] = [];
  for (const m of own) for (const c of columnsOf(m)) if (!columns.some((x) => x.value === c.value)) columns.push(c);
  return { sourceId, vendor: '', labels: { en: own[0].name.trim() }, columns };
}
