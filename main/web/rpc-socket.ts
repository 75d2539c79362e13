/** One WebSocket per page for commands: `{id, name, input}` in, `{id, result}` out. */
import type { WebSocket } from 'ws';
import { z } from 'zod';
import type { Dispatch } from '../ipc/router';

const RequestSchema = z.object({ id: z.number().int(), name: z.string().max(100), input: z.unknown() });

export function handleRpcSocket(ws: WebSocket, dispatch: Dispatch): void {
  ws.on('message', async (data) => {
    let req: z.infer<typeof RequestSchema>;
    try {
      req = RequestSchema.parse(JSON.parse(data.toString()));
    } catch {
      ws.send(JSON.stringify({ id: -1, result: { ok: false, error: { code: 'invalid-input', message: 'malformed request' } } }));
      return;
    }
    const result = await dispatch(req.name, req.input);
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ id: req.id, result }));
  });
}
