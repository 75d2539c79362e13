/** Test support (imported only by *.test.ts): runs the CLI as a user does, `node bin/auditlens.cjs`. */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIN = resolve(__dirname, '../../bin/auditlens.cjs');

export interface CliRun { code: number; stdout: string; stderr: string }

/** Runs the CLI in `cwd` (paths are reported as given, so relative to it); never throws on a non-zero exit. */
export async function runCli(cwd: string, ...args: string[]): Promise<CliRun> {
  try {
    const r = await run(process.execPath, [BIN, ...args], { cwd, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, ...r };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}
