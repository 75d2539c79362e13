/**
 * Wire names. Imported by preload, so it must stay free of any library: the preload exposes only
 * names listed here.
 */
export const CHANNEL_PREFIX = 'auditlens:';
export const COMMAND_NAMES = [
  'app.info', 'files.pick', 'files.registerDropped', 'import.start', 'import.cancel',
  'export.begin', 'export.result',
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];
export const EVENT_NAMES = ['app.notice'] as const;
export type EventName = (typeof EVENT_NAMES)[number];
/** Electron: main posts the bulk data MessagePort on this channel after each page load. */
export const DATA_PORT_CHANNEL = 'auditlens:data-port';

export function isCommandName(name: unknown): name is CommandName {
  return typeof name === 'string' && (COMMAND_NAMES as readonly string[]).includes(name);
}
export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name);
}
