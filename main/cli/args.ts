/**
 * The CLI's command line, parsed into a command or a usage error. Pure, so every case is tested
 * without running anything.
 */
import { parseArgs } from 'node:util';
import { isValidTimeZone } from '../../shared/util/timezone';

export type OutputFormat = 'jsonl' | 'csv' | 'xlsx';

export type Command =
  | { kind: 'help' }
  | { kind: 'inspect'; files: string[]; timeZone: string; json: boolean; encoding?: string; mappings: string[] }
  | { kind: 'convert'; files: string[]; timeZone: string; to: OutputFormat; out: string; filter?: string; encoding?: string; mappings: string[] };

export class UsageError extends Error {}

export const USAGE = `Usage:
  auditlens inspect [--tz ZONE] [--encoding ENC] [--mapping MAP.json]... [--json] FILE...
  auditlens convert [--tz ZONE] [--encoding ENC] [--mapping MAP.json]... [--filter QUERY] --to jsonl|csv|xlsx -o OUT FILE...

  FILE may be a CSV, TSV, XLSX, JSON, JSON Lines, gzip or ZIP file, or a folder.
  --tz ZONE        IANA zone for timestamps written without an offset (default: this machine's)
  --encoding ENC   utf-8, utf-16le, utf-16be, cp932 (Shift_JIS) or euc-kr (default: detected)
  --mapping FILE   column mappings (JSON, one or an array) for CSV/JSON files no source knows;
                   inspect lists the columns of such a file (status needs-mapping). Repeatable.
  --json           inspect: one JSON object on stdout
  --filter QUERY   convert: quick-search syntax, e.g. 'status:failure ip:203.0.113.0/24'
  --to FORMAT      convert: jsonl, csv or xlsx
  -o, --out OUT    convert: the file to write
`;

const FORMATS: readonly OutputFormat[] = ['jsonl', 'csv', 'xlsx'];

export function parseCommand(argv: readonly string[], systemZone: string): Command {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') return { kind: 'help' };
  const [verb, ...rest] = argv;
  if (verb !== 'inspect' && verb !== 'convert') throw new UsageError(`unknown command "${verb}"; use inspect or convert`);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      strict: true,
      options: {
        tz: { type: 'string' },
        encoding: { type: 'string' },
        mapping: { type: 'string', multiple: true },
        json: { type: 'boolean' },
        filter: { type: 'string' },
        to: { type: 'string' },
        out: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const v = parsed.values;
  if (v.help) return { kind: 'help' };
  const files = parsed.positionals;
  if (files.length === 0) throw new UsageError(`${verb}: name at least one FILE`);
  const timeZone = v.tz ?? systemZone;
  if (!isValidTimeZone(timeZone)) throw new UsageError(`--tz: unknown time zone "${timeZone}"`);
  if (verb === 'inspect') {
    for (const o of ['filter', 'to', 'out'] as const) if (v[o] !== undefined) throw new UsageError(`inspect does not take --${o}`);
    return { kind: 'inspect', files, timeZone, json: v.json === true, encoding: v.encoding, mappings: v.mapping ?? [] };
  }
  if (v.json) throw new UsageError('convert does not take --json (use --to jsonl)');
  if (!v.to) throw new UsageError('convert: --to jsonl|csv|xlsx is required');
  if (!FORMATS.includes(v.to as OutputFormat)) throw new UsageError(`--to: "${v.to}" is not one of ${FORMATS.join(', ')}`);
  if (!v.out) throw new UsageError('convert: -o OUT is required');
  return { kind: 'convert', files, timeZone, to: v.to as OutputFormat, out: v.out, filter: v.filter, encoding: v.encoding, mappings: v.mapping ?? [] };
}
