/**
 * `auditlens inspect|convert`: the app's import code, run from a terminal for scripts and for a
 * pre-flight check of an archive. Results on stdout; progress and warnings on stderr.
 */
import { systemTimeZone } from '../../shared/util/timezone';
import { compileFilter } from '../../shared/filter/evaluate';
import { parseQuickSearch } from '../../shared/filter/quick-search';
import { collect, type CollectOptions } from './collect';
import { parseCommand, USAGE, UsageError, type Command } from './args';
import { MappingFileError, readMappingFiles } from './mapping-files';
import { exitCode, inspectJson, inspectText } from './report';
import { openWriter } from './writers';

function progressLine(): CollectOptions['onProgress'] {
  if (!process.stderr.isTTY) return undefined;
  let last = 0;
  return (name, read, total) => {
    const now = Date.now();
    if (now - last < 200) return;
    last = now;
    const pct = total > 0 ? Math.min(100, Math.floor((read / total) * 100)) : 0;
    process.stderr.write(`\r${name}: ${pct}%   `);
  };
}

function clearProgress(): void {
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
}

async function run(cmd: Exclude<Command, { kind: 'help' }>): Promise<number> {
  let mappings;
  try {
    mappings = readMappingFiles(cmd.mappings);
  } catch (e) {
    if (!(e instanceof MappingFileError)) throw e;
    process.stderr.write(`auditlens: ${e.message}\n`);
    return 2;
  }
  if (cmd.kind === 'inspect') {
    const reports = await collect(cmd.files, { timeZone: cmd.timeZone, encoding: cmd.encoding, mappings, onProgress: progressLine() });
    clearProgress();
    process.stdout.write(cmd.json ? JSON.stringify(inspectJson(reports)) + '\n' : inspectText(reports));
    return exitCode(reports);
  }
  let keep: ((e: Parameters<ReturnType<typeof compileFilter>>[0]) => boolean) | null = null;
  if (cmd.filter !== undefined) {
    const parsed = parseQuickSearch(cmd.filter, { timeZone: cmd.timeZone });
    if (!parsed.ok) {
      process.stderr.write(`--filter: ${parsed.error.message} at character ${parsed.error.position + 1}\n  ${cmd.filter}\n  ${' '.repeat(parsed.error.position)}^\n`);
      return 2;
    }
    keep = parsed.tree ? compileFilter(parsed.tree) : null;
  }
  const writer = openWriter(cmd.to, cmd.out);
  let written = 0;
  const reports = await collect(cmd.files, {
    timeZone: cmd.timeZone, encoding: cmd.encoding, mappings, onProgress: progressLine(),
    onEvent: (e) => { if (!keep || keep(e)) { writer.write(e); written++; } },
  });
  clearProgress();
  for (const w of await writer.close()) process.stderr.write(`warning: ${w}\n`);
  for (const r of reports) if (r.status !== 'complete') process.stderr.write(`${r.status}: ${r.message}\n`);
  process.stderr.write(`wrote ${written} events to ${cmd.out}\n`);
  return exitCode(reports);
}

export async function main(argv: readonly string[]): Promise<number> {
  let cmd: Command;
  try {
    cmd = parseCommand(argv, systemTimeZone());
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`auditlens: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (cmd.kind === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  try {
    return await run(cmd);
  } catch (e) {
    process.stderr.write(`auditlens: ${(e as Error).message}\n`);
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
