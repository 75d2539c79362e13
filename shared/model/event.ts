/**
 * The normalized audit event, one schema for every source (see ARCHITECTURE.md).
 * Times are epoch milliseconds UTC; `timeText` keeps the source's own wording and the zone it was read in.
 */
import { z } from 'zod';

export const ACTOR_KINDS = ['member', 'admin', 'service_account', 'api_key', 'app', 'bot', 'system', 'anonymous', 'unknown'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const STATUSES = ['success', 'failure', 'unknown'] as const;
export type EventStatus = (typeof STATUSES)[number];

/** Bit flags carried per event. */
export const EVENT_FLAGS = {
  /** a value starts with = + - @ TAB or CR: data, neutralized only on export */
  formula: 1,
  /** a value held C0 control characters, removed from display fields (kept in raw) */
  control: 2,
  /** a JSON value could not be parsed; imported from the other columns */
  badJson: 4,
} as const;

/** The string fields every event has, in a fixed order (columnar batches and chunks use this order). */
export const EVENT_STRING_FIELDS = [
  'id', 'sourceId', 'category', 'timeText',
  'actorName', 'actorEmail', 'actorLogin', 'actorId', 'actorKind',
  'action', 'target', 'status', 'statusText', 'level', 'ip', 'serviceType', 'module',
  'importId', 'raw',
] as const;
export type EventStringField = (typeof EVENT_STRING_FIELDS)[number];

export const AuditEventSchema = z.object({
  id: z.string().min(1),
  sourceId: z.string().min(1),
  category: z.string(),
  time: z.number().finite(),
  timeText: z.string(),
  actorName: z.string(),
  actorEmail: z.string(),
  actorLogin: z.string(),
  actorId: z.string(),
  actorKind: z.enum(ACTOR_KINDS),
  action: z.string(),
  target: z.string(),
  status: z.enum(STATUSES),
  statusText: z.string(),
  level: z.string(),
  ip: z.string(),
  serviceType: z.string(),
  module: z.string(),
  /** the source's own fields by canonical key (e.g. `loginMethod`), values as display text */
  details: z.record(z.string(), z.string()),
  importId: z.string(),
  /** physical line (CSV), spreadsheet row or record index (JSON), 1-based */
  line: z.number().int(),
  raw: z.string(),
  flags: z.number().int().nonnegative(),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

/** An event as the ingest pipeline produces it, before it is assigned to an import. */
export type NormalizedEvent = Omit<AuditEvent, 'importId'>;

/** Normalized fields a filter, sort or facet can name (besides `details.<key>`). */
export const FILTER_FIELDS = [
  'time', 'sourceId', 'category', 'actorName', 'actorEmail', 'actorLogin', 'actorKind', 'actor',
  'action', 'target', 'status', 'statusText', 'level', 'ip', 'serviceType', 'module', 'importId', 'text',
] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];
