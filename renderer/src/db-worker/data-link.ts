/**
 * The bulk data channel to main: a MessagePort under Electron, a WebSocket in web mode. Main sends
 * JSON text and binary batch frames (shared/batch-frame.ts); this end sends text. Anything else is
 * handed on as '' so the sink refuses it visibly.
 */
import { AppError } from '../../../shared/errors';

/** A message from main: JSON text, or the bytes of a batch frame. */
export type ChannelData = string | ArrayBuffer | Uint8Array;

export interface DataLink {
  send(text: string): void;
  onMessage(cb: (data: ChannelData) => void): void;
  onClose(cb: () => void): void;
  close(): void;
}

type Listener<T> = (v: T) => void;

function listeners<T>() {
  const list: Listener<T>[] = [];
  return { add: (cb: Listener<T>) => { list.push(cb); }, fire: (v: T) => { for (const cb of list) cb(v); } };
}

/** The WebSocket gives an ArrayBuffer (binaryType below), Electron's port a cloned Uint8Array. */
function asData(data: unknown): ChannelData {
  if (typeof data === 'string' || data instanceof ArrayBuffer || data instanceof Uint8Array) return data;
  return '';
}

/** Minimal shape of a MessagePort (lets tests pass a fake). */
export interface PortLike {
  postMessage(message: string): void;
  addEventListener(type: 'message', cb: (e: { data: unknown }) => void): void;
  start(): void;
  close(): void;
}

export function portLink(port: PortLike): DataLink {
  const messages = listeners<ChannelData>();
  const closed = listeners<void>();
  port.addEventListener('message', (e) => messages.fire(asData(e.data)));
  port.start();
  return {
    send: (text) => port.postMessage(text),
    onMessage: messages.add,
    onClose: closed.add,
    close: () => { port.close(); closed.fire(); },
  };
}

/** Minimal shape of a browser WebSocket. */
export interface SocketLike {
  readonly readyState: number;
  /** set to 'arraybuffer': batch frames are read as bytes, not as a Blob */
  binaryType: string;
  send(text: string): void;
  close(): void;
  addEventListener(type: 'open' | 'close' | 'error', cb: () => void): void;
  addEventListener(type: 'message', cb: (e: { data: unknown }) => void): void;
}

const CONNECTING = 0;
const OPEN = 1;

/** Sends queue until the socket opens; main may already be waiting to send on it. */
export function socketLink(socket: SocketLike): DataLink {
  const messages = listeners<ChannelData>();
  const closed = listeners<void>();
  const queued: string[] = [];
  socket.addEventListener('open', () => { for (const t of queued.splice(0)) socket.send(t); });
  socket.binaryType = 'arraybuffer';
  socket.addEventListener('message', (e) => messages.fire(asData(e.data)));
  socket.addEventListener('close', () => closed.fire());
  return {
    send: (text) => {
      if (socket.readyState === OPEN) socket.send(text);
      else if (socket.readyState === CONNECTING) queued.push(text);
      else throw new AppError('no-data-channel', 'the data channel to main is closed');
    },
    onMessage: messages.add,
    onClose: closed.add,
    close: () => socket.close(),
  };
}
