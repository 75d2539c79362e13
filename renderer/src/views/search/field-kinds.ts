/**
 * What the builder offers per field: the kind of field, the operators that fit it (first one is the
 * default), whether a case toggle applies, and how a condition's value carries over when the
 * operator changes. Pure data and functions, tested without a DOM.
 */
import { parseCidr } from '../../../../shared/filter/cidr';
import { detailsKeyOf } from '../../../../shared/filter/fields';
import type { Condition, Operator } from '../../../../shared/filter/tree';
import { validateFilter } from '../../../../shared/filter/validate';
import type { MessageKey } from '../../i18n/messages';

export type FieldKind = 'time' | 'ip' | 'enum' | 'actor' | 'text';

/** Fields with few distinct values: the builder shows a value picker with counts. */
const ENUM_FIELDS = new Set(['status', 'level', 'actorKind', 'serviceType', 'action', 'sourceId', 'category', 'module', 'importId']);
const ACTOR_FIELDS = new Set(['actor', 'actorName', 'actorEmail', 'actorLogin']);

export function fieldKind(field: string): FieldKind {
  if (field === 'time') return 'time';
  if (field === 'ip') return 'ip';
  if (ENUM_FIELDS.has(field)) return 'enum';
  if (ACTOR_FIELDS.has(field)) return 'actor';
  return 'text';
}

const OPERATORS: Record<FieldKind, Operator[]> = {
  time: ['between', 'after', 'before', 'exists'],
  ip: ['cidr', 'eq', 'neq', 'in', 'startsWith', 'contains', 'exists', 'empty'],
  enum: ['in', 'eq', 'neq', 'contains', 'startsWith', 'exists', 'empty'],
  actor: ['eq', 'contains', 'startsWith', 'endsWith', 'in', 'neq', 'matches', 'exists', 'empty'],
  text: ['contains', 'eq', 'neq', 'startsWith', 'endsWith', 'matches', 'in', 'exists', 'empty'],
};

/** The operators offered for a field, the default first. */
export function operatorsFor(field: string): Operator[] {
  const ops = OPERATORS[fieldKind(field)];
  // `text` (any field) has no "is empty": every event has some field set.
  return field === 'text' ? ops.filter((o) => o !== 'exists' && o !== 'empty') : ops;
}

const TEXT_OPS = new Set<Operator>(['eq', 'neq', 'in', 'contains', 'startsWith', 'endsWith', 'matches']);

/** True when the operator compares text, so "match case" applies. */
export function hasCaseToggle(field: string, op: Operator): boolean {
  return fieldKind(field) !== 'time' && TEXT_OPS.has(op);
}

/** Groups of the field picker: normalized fields with friendly labels; `details.*` come from the data. */
export const FIELD_GROUPS: { labelKey: MessageKey; fields: string[] }[] = [
  { labelKey: 'builder.groupEvent', fields: ['time', 'action', 'status', 'statusText', 'target', 'serviceType', 'level', 'module', 'category', 'sourceId'] },
  { labelKey: 'builder.groupUser', fields: ['actor', 'actorName', 'actorEmail', 'actorLogin', 'actorKind'] },
  { labelKey: 'builder.groupNetwork', fields: ['ip'] },
  { labelKey: 'builder.groupAny', fields: ['text', 'importId'] },
];

/** A fresh condition on `field` with its default operator and no value yet. */
export function newCondition(field: string): Condition {
  const op = operatorsFor(field)[0];
  return withOperator({ kind: 'cond', field, op }, op);
}

function asList(v: Condition['value']): string[] {
  if (Array.isArray(v)) return v.map(String);
  return typeof v === 'string' && v !== '' ? [v] : [];
}

/** The condition with another operator, keeping what of its value still makes sense. */
export function withOperator(c: Condition, op: Operator): Condition {
  const out: Condition = { kind: 'cond', field: c.field, op };
  if (c.caseSensitive && hasCaseToggle(c.field, op)) out.caseSensitive = true;
  if (op === 'exists' || op === 'empty') return out;
  if (fieldKind(c.field) === 'time') {
    const [from, to] = Array.isArray(c.value) ? c.value.map(Number) : typeof c.value === 'number' ? [c.value, c.value] : [NaN, NaN];
    if (op === 'between') out.value = [from, to];
    else out.value = op === 'before' ? to : from;
    return out;
  }
  const list = asList(c.value);
  out.value = op === 'in' ? list : (list[0] ?? '');
  return out;
}

/** The condition on another field: same operator and value when they fit, else a fresh one. */
export function withField(c: Condition, field: string): Condition {
  if (fieldKind(field) !== fieldKind(c.field) || !operatorsFor(field).includes(c.op)) return newCondition(field);
  return { ...c, field };
}

/** What is wrong with a condition: a message key, and the parser's own words where it has some. */
export interface ConditionProblem { key: MessageKey; detail?: string }

/**
 * What is wrong with a condition as the builder holds it, or null. Adds to validateFilter the
 * checks for values not filled in yet.
 */
export function conditionProblem(c: Condition): ConditionProblem | null {
  if (c.op === 'in' && asList(c.value).length === 0) return { key: 'builder.needList' };
  if (fieldKind(c.field) === 'time' && c.op !== 'exists') {
    const values = Array.isArray(c.value) ? c.value : [c.value];
    if (values.some((v) => typeof v !== 'number' || !Number.isFinite(v))) return { key: 'builder.needTime' };
  }
  if (typeof c.value === 'string' && c.value.trim() === '' && c.op !== 'exists' && c.op !== 'empty') return { key: 'builder.needValue' };
  if (c.op === 'cidr' && typeof c.value === 'string') {
    const r = parseCidr(c.value);
    return r.ok ? null : { key: 'builder.badCidr', detail: r.error };
  }
  const problems = validateFilter(c);
  return problems.length ? { key: 'builder.badValue', detail: problems[0].replace(/^filter \([^)]*\): /, '') } : null;
}

/** True for `details.<key>` fields. */
export function isDetailsField(field: string): boolean {
  return detailsKeyOf(field) !== null;
}
