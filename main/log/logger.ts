/** Scoped loggers for main; the only place that writes to the console. */
export interface Logger {
  info(msg: string, extra?: Record<string, unknown>): void;
  warn(msg: string, extra?: Record<string, unknown>): void;
  error(msg: string, extra?: Record<string, unknown>): void;
}

let quiet = false;
/** Tests and the CLI silence info lines. */
export function setQuiet(q: boolean): void {
  quiet = q;
}

export function createLogger(scope: string): Logger {
  const line = (level: string, msg: string, extra?: Record<string, unknown>) =>
    `[${new Date().toISOString()}] ${level} ${scope}: ${msg}${extra ? ' ' + JSON.stringify(extra) : ''}`;
  return {
    info: (m, e) => { if (!quiet) console.log(line('info', m, e)); },
    warn: (m, e) => console.warn(line('warn', m, e)),
    error: (m, e) => console.error(line('error', m, e)),
  };
}
