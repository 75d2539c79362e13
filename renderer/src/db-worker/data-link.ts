/**
 * The bulk data channel to main as text messages: a MessagePort under Electron, a WebSocket in
 * web mode. Only text crosses it; anything else is handed on as '' so the sink refuses it visibly.
 */
import { AppError } from '../../../shared/errors';

export interface DataLink {
  send(text: string): void;
  onMessage(cb: (text: string) => void): void;
  onClose(cb: () => void): void;
  close(): void;
}

type Listener<T> = (v: T) => void;

function listeners<T>() {
  const list: Listener<T>[] = [];
  return { add: (cb: Listener<T>) => { list.push(cb); }, fire: (v: T) => { for (const cb of list) cb(v); } };
}

const asText = (data: unknown): string => (typeof data === 'string' ? data : '');

/** Minimal shape of a MessagePort (lets tests pass a fake). */
export interface PortLike {
  postMessage(message: string): void;
  addEventListener(type: 'message', cb: (e: { data: unknown }) => void): void;
  start(): void;
  close(): void;
}

export function portLink(port: PortLike): DataLink {
  const messages = listeners<string>();
  const closed = listeners<void>();
  port.addEventListener('message', (e) => messages.fire(asText(e.data)));
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
  send(text: string): void;
  close(): void;
  addEventListener(type: 'open' | 'close' | 'error', cb: () => void): void;
  addEventListener(type: 'message', cb: (e: { data: unknown }) => void): void;
}

const CONNECTING = 0;
const OPEN = 1;

/** Sends queue until the socket opens; main may already be waiting to send on it. */
export function socketLink(socket: SocketLike): DataLink {
  const messages = listeners<string>();
  const closed = listeners<void>();
  const queued: string[] = [];
  socket.addEventListener('open', () => { for (const t of queued.splice(0)) socket.send(t); });
  socket.addEventListener('message', (e) => messages.fire(asText(e.data)));
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
