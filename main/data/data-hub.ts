/**
 * Main's end of the bulk data channel to the renderer's DB worker: forwards batches (binary frames)
 * and the other messages (JSON text), waits for
 * the worker's acknowledgement of each (backpressure), and routes export rows to their writers.
 * The link is a MessagePortMain under Electron and a WebSocket in web mode.
 */
import { AppError } from '../../shared/errors';
import { parseToMain, type ToMain } from '../../shared/data-channel';
import { createLogger } from '../log/logger';

export interface DataLink {
  /** text for JSON messages, bytes for batch frames */
  send(data: string | Uint8Array): void;
  close(): void;
}

type ExportRows = Extract<ToMain, { t: 'export-rows' }>;
type EndAck = Extract<ToMain, { t: 'end-ack' }>;

interface Pending { resolve(msg: ToMain): void; reject(e: Error): void }

const log = createLogger('data');

function pendingKey(importId: string, seq: number | undefined): string {
  return `${importId}|${seq ?? 'end'}`;
}

export class DataHub {
  private link: DataLink | null = null;
  private readonly pending = new Map<string, Pending>();
  private readonly exportHandlers = new Map<string, (msg: ExportRows) => Promise<void>>();

  attach(link: DataLink): void {
    if (this.link && this.link !== link) this.link.close();
    this.link = link;
  }

  detach(link: DataLink): void {
    if (this.link !== link) return;
    this.link = null;
    const err = new AppError('no-data-channel', 'the window holding the database closed');
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  get connected(): boolean {
    return this.link !== null;
  }

  send(data: string | Uint8Array): void {
    if (!this.link) throw new AppError('no-data-channel', 'no window with a database is connected');
    this.link.send(data);
  }

  /**
   * Sends a message and waits for the worker's reply about it: the ack of batch `seq`, or (without
   * `seq`) the end-ack. Several batches of one import may be in flight (the ingest reads ahead
   * while the DB worker commits); an `error` about the import answers every one of them.
   */
  request(importId: string, data: string | Uint8Array, seq?: number): Promise<ToMain> {
    const key = pendingKey(importId, seq);
    return new Promise((resolve, reject) => {
      if (this.pending.has(key)) return reject(new AppError('internal', `two requests in flight for ${key}`));
      this.pending.set(key, { resolve, reject });
      try {
        this.send(data);
      } catch (e) {
        this.pending.delete(key);
        reject(e as Error);
      }
    });
  }

  async endImport(importId: string, text: string): Promise<EndAck['record']> {
    const reply = await this.request(importId, text);
    if (reply.t === 'end-ack') return reply.record;
    throw new AppError('import-failed', reply.t === 'error' ? reply.message : `unexpected reply ${reply.t}`);
  }

  onExportRows(exportId: string, handler: ((msg: ExportRows) => Promise<void>) | null): void {
    if (handler) this.exportHandlers.set(exportId, handler);
    else this.exportHandlers.delete(exportId);
  }

  /** Called by the link with each text the worker sent. */
  async receive(text: string): Promise<void> {
    let msg: ToMain;
    try {
      msg = parseToMain(text);
    } catch (e) {
      log.warn('dropped a malformed message from the DB worker', { reason: (e as Error).message.slice(0, 300) });
      return;
    }
    if (msg.t === 'export-rows') {
      const handler = this.exportHandlers.get(msg.exportId);
      if (!handler) return this.sendSafe({ t: 'export-cancel', exportId: msg.exportId, message: 'no export in progress with this id' });
      try {
        await handler(msg);
        this.sendSafe({ t: 'export-ack', exportId: msg.exportId, seq: msg.seq });
      } catch (e) {
        this.sendSafe({ t: 'export-cancel', exportId: msg.exportId, message: (e as Error).message });
      }
      return;
    }
    if (msg.t === 'error') {
      for (const [key, p] of this.pending) {
        if (!key.startsWith(`${msg.importId}|`)) continue;
        this.pending.delete(key);
        p.resolve(msg);
      }
      return;
    }
    const key = pendingKey(msg.importId, msg.t === 'ack' ? msg.seq : undefined);
    const p = this.pending.get(key);
    if (!p) return;
    this.pending.delete(key);
    p.resolve(msg);
  }

  private sendSafe(msg: unknown): void {
    try {
      this.send(JSON.stringify(msg));
    } catch (e) {
      log.warn('could not reply on the data channel', { reason: (e as Error).message });
    }
  }
}
