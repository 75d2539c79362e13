/**
 * Export jobs: main picks the target (save dialog, or a temp file for a web-mode download), then
 * the DB worker streams rows over the data channel and this writes them, hashing as it goes.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../shared/errors';
import type { DataHub } from '../data/data-hub';
import { CSV_BOM, csvLine, csvLines } from './writers/csv';

export interface ExportTarget { path: string; display: string }
export interface ExportPorts {
  chooseTarget(suggestedName: string): Promise<ExportTarget | null>;
  downloadUrl(exportId: string): string | undefined;
}

interface Job {
  id: string; target: ExportTarget; out: WriteStream; hash: ReturnType<typeof createHash>;
  rows: number; size: number; done: Promise<void>; finish(): void; fail(e: Error): void; error?: Error; finished: boolean;
}

export class ExportService {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly hub: DataHub, private readonly ports: ExportPorts) {}

  async begin(suggestedName: string): Promise<{ exportId: string; target: string; canceled: boolean }> {
    const target = await this.ports.chooseTarget(suggestedName);
    if (!target) return { exportId: '', target: '', canceled: true };
    const id = `exp_${randomBytes(8).toString('hex')}`;
    const job = this.createJob(id, target);
    this.jobs.set(id, job);
    this.hub.onExportRows(id, async (msg) => {
      let text = '';
      if (msg.seq === 0) text += CSV_BOM + (msg.header ? csvLine(msg.header) : '');
      text += csvLines(msg.rows);
      job.rows += msg.rows.length;
      await this.write(job, text);
      if (msg.last) {
        this.hub.onExportRows(id, null);
        job.out.end(() => job.finish());
      }
    });
    return { exportId: id, target: target.display, canceled: false };
  }

  /** Resolves once the last rows are on disk. */
  async result(exportId: string) {
    const job = this.jobs.get(exportId);
    if (!job) throw new AppError('not-found', `no export ${exportId}`);
    await job.done;
    return {
      exportId, fileName: basename(job.target.display), rows: job.rows, size: job.size,
      sha256: job.hash.digest('hex'), downloadUrl: this.ports.downloadUrl(exportId),
    };
  }

  /** The file behind a finished export (web-mode downloads). */
  finishedPath(exportId: string): { path: string; name: string } | null {
    const job = this.jobs.get(exportId);
    return job?.finished ? { path: job.target.path, name: basename(job.target.display) } : null;
  }

  private createJob(id: string, target: ExportTarget): Job {
    let finish!: () => void;
    let fail!: (e: Error) => void;
    const done = new Promise<void>((res, rej) => { finish = res; fail = rej; });
    done.catch(() => undefined);
    const job: Job = {
      id, target, out: createWriteStream(target.path), hash: createHash('sha256'), rows: 0, size: 0, done,
      finished: false, finish: () => { job.finished = true; finish(); }, fail,
    };
    job.out.on('error', (e) => {
      this.hub.onExportRows(id, null);
      fail(new AppError('export-failed', `cannot write ${target.display}: ${e.message}`, { file: target.display }));
    });
    return job;
  }

  private write(job: Job, text: string): Promise<void> {
    const buf = Buffer.from(text, 'utf8');
    job.hash.update(buf);
    job.size += buf.length;
    return new Promise((resolve, reject) => {
      job.out.write(buf, (e) => (e ? reject(e) : resolve()));
    });
  }
}
