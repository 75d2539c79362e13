import { describe, expect, it } from 'vitest';
import { portLink, socketLink, type PortLike, type SocketLike } from './data-link';

describe('data links', () => {
  it('carries text over a MessagePort', () => {
    let onMessage: (e: { data: unknown }) => void = () => undefined;
    const posted: string[] = [];
    let started = false;
    const port: PortLike = { postMessage: (m) => posted.push(m), addEventListener: (_t, cb) => { onMessage = cb; }, start: () => { started = true; }, close: () => undefined };
    const link = portLink(port);
    const got: string[] = [];
    link.onMessage((t) => got.push(t));
    onMessage({ data: '{"t":"x"}' });
    onMessage({ data: { not: 'text' } });
    link.send('hello');
    expect(started).toBe(true);
    expect(got).toEqual(['{"t":"x"}', '']);
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
