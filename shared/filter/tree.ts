/**
 * The filter language: a serializable tree of groups and conditions, produced by the advanced
 * builder, the quick-search box, pivots and saved searches, and evaluated by the DB worker.
 */
import { z } from 'zod';

export const OPERATORS = [
  'eq', 'neq', 'in', 'contains', 'startsWith', 'endsWith', 'matches',
  'between', 'before', 'after', 'cidr', 'exists', 'empty',
] as const;
export type Operator = (typeof OPERATORS)[number];

export interface Condition {
  kind: 'cond';
  /** a FilterField (`actor`, `ip`, `status` …) or `details.<key>` */
  field: string;
  op: Operator;
  /** text for text operators; list for `in`; epoch ms (or [from, to]) for time operators; CIDR text */
  value?: string | string[] | number | [number, number];
  /** text comparisons ignore case unless this is true */
  caseSensitive?: boolean;
}
export interface Group {
  kind: 'and' | 'or' | 'not';
  children: FilterNode[];
}
export type FilterNode = Condition | Group;

export const ConditionSchema = z.object({
  kind: z.literal('cond'),
  field: z.string().min(1).max(200),
  op: z.enum(OPERATORS),
  value: z.union([z.string().max(10_000), z.array(z.string().max(10_000)).max(10_000), z.number(), z.tuple([z.number(), z.number()])]).optional(),
  caseSensitive: z.boolean().optional(),
});

export const FilterNodeSchema: z.ZodType<FilterNode> = z.lazy(() =>
  z.union([ConditionSchema, z.object({ kind: z.enum(['and', 'or', 'not']), children: z.array(FilterNodeSchema).max(1000) })]),
);

export const SortSchema = z.object({
  field: z.string().min(1).max(200),
  dir: z.enum(['asc', 'desc']),
});
export type Sort = z.infer<typeof SortSchema>;

/** A period: inclusive `from`, exclusive `to`, epoch ms; either end may be open. */
export const PeriodSchema = z.object({ from: z.number().optional(), to: z.number().optional() });
export type Period = z.infer<typeof PeriodSchema>;

export const QuerySchema = z.object({
  filter: FilterNodeSchema.nullable(),
  period: PeriodSchema,
  sort: SortSchema,
});
export type Query = z.infer<typeof QuerySchema>;

export const DEFAULT_SORT: Sort = { field: 'time', dir: 'desc' };
