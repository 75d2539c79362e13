// What the machine gave the bench: figures here move by a third with the load of a shared host, so
// each run prints how fast one core ran a fixed loop before it started, and how much of the CPU
// time the hypervisor took (steal) while it ran. Linux only for steal (/proc/stat); null elsewhere.
import { readFileSync } from 'node:fs';

/** Milliseconds for a fixed integer loop on one core (~1.35 s on this machine when quiet). */
export function calibrate() {
  const t0 = performance.now();
  let s = 0;
  for (let i = 0; i < 3e8; i++) s = (s + i * 7) % 1000003;
  if (s < 0) throw new Error('unreachable'); // keeps the loop from being dropped
  return Math.round(performance.now() - t0);
}

/** The summed CPU counters of /proc/stat (clock ticks), or null where there is none. */
export function cpuTicks() {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
    const [user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).slice(1, 9).map(Number);
    return { busy: user + nice + system + irq + softirq, idle: idle + iowait, steal };
  } catch {
    return null;
  }
}

/** Steal and busy time between two cpuTicks() readings, in % of all CPU time; null without both. */
export function shareBetween(a, b) {
  if (!a || !b) return null;
  const busy = b.busy - a.busy;
  const steal = b.steal - a.steal;
  const total = busy + steal + (b.idle - a.idle);
  if (total <= 0) return null;
  return { steal_pct: +((100 * steal) / total).toFixed(1), busy_pct: +((100 * busy) / total).toFixed(1) };
}
