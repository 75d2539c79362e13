import { describe, expect, it } from 'vitest';
import { portLink, socketLink, type PortLike, type SocketLike } from './data-link';

describe('data links', () => {
  it('carries text and batch bytes over a MessagePort', () => {
    let onMessage: (e: { data: unknown }) => void = () => undefined;
    const posted: string[] = [];
    let started = false;
    const port: PortLike = { postMessage: (m) => posted.push(m), addEventListener: (_t, cb) => { onMessage = cb; }, start: () => { started = true; }, close: () => undefined };
    const link = portLink(port);
    const got: unknown[] = [];
    link.onMessage((t) => got.push(t));
    const frame = new Uint8Array([1, 2, 3]);
    onMessage({ data: '{"t":"x"}' });
    onMessage({ data: frame });
    onMessage({ data: { not: 'text' } });
    link.send('hello');
    expect(started).toBe(true);
    expect(got).toEqual(['{"t":"x"}', frame, '']);
    expect(posted).toEqual(['hello']);
  });

  it('queues sends until the WebSocket opens, and reports its close', () => {
    const handlers = new Map<string, (e: { data: unknown }) => void>();
    const sent: string[] = [];
    const socket = {
      readyState: 0,
      send: (t: string) => sent.push(t),
      close: () => undefined,
      addEventListener: (type: string, cb: (e: { data: unknown }) => void) => { handlers.set(type, cb); },
    };
    const link = socketLink(socket as unknown as SocketLike);
    // batch frames must arrive as bytes, not as Blobs that would need an async read
    expect((socket as unknown as SocketLike).binaryType).toBe('arraybuffer');
    const got: unknown[] = [];
    link.onMessage((d) => got.push(d));
    const buffer = new ArrayBuffer(4);
    handlers.get('message')?.({ data: buffer });
    expect(got).toEqual([buffer]);
    let closed = false;
    link.onClose(() => { closed = true; });
    link.send('early');
    expect(sent).toEqual([]);
    socket.readyState = 1;
    handlers.get('open')?.({ data: null });
    link.send('late');
    expect(sent).toEqual(['early', 'late']);
    socket.readyState = 3;
    handlers.get('close')?.({ data: null });
    expect(closed).toBe(true);
    expect(() => link.send('gone')).toThrow(/closed/);
  });
});
