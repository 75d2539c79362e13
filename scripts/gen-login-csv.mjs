// Writes a synthetic NAVER WORKS Audit › Login CSV in the fixture format (UTF-8 BOM, LF,
// `Description,User,Date,IP Address,Login method,Service Type`), newest first over the 180 days
// ending 2024-05-17, for benchmarks. Deterministic: a seeded PRNG and no clock, so the same
// arguments always give the same bytes. Streams its output: 1M rows (~100 MB) never sit in memory.
// Usage: node scripts/gen-login-csv.mjs [--events N] [--out FILE]   (defaults 1000000, bench-data/login-1m.csv)
import { once } from 'node:events';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

function arg(name, fallback) {
  const args = process.argv.slice(2);
  const eq = args.find((a) => a.startsWith(`--${name}=`));
  if (eq) return eq.slice(name.length + 3);
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
}

const EVENTS = Number(arg('events', '1000000'));
const OUT = resolve(arg('out', 'bench-data/login-1m.csv'));
if (!Number.isInteger(EVENTS) || EVENTS < 0) throw new Error(`--events must be a whole number, got ${arg('events')}`);

/** mulberry32: small, fast, and the same sequence on every machine */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(20240517);
const pick = (list) => list[Math.floor(rand() * list.length)];

const FIRST = ['Yuki', 'Aiko', 'Kenji', 'Hiroshi', 'Maria', 'Daniel', 'Sakura', 'Takeshi', 'Mina', 'Jisoo', 'Emma', 'Liam', 'Noah', 'Olivia', 'Haruto', 'Ren', 'Mei', 'Sora', 'Kaito', 'Yuna'];
const LAST = ['Tanaka', 'Suzuki', 'Sato', 'Ito', 'Lopez', 'Park', 'Kim', 'Lee', 'Watanabe', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Smith', 'Chen', 'Garcia', 'Kato', 'Yoshida', 'Yamada', 'Sasaki', 'Choi', 'Jung', 'Mori', 'Abe', 'Ikeda', 'Hashimoto'];

// ~500 users; a few display names carry a comma, so their User field is quoted as in real exports.
const USERS = [];
for (let i = 0; i < 500; i++) {
  const first = FIRST[i % FIRST.length];
  const last = LAST[Math.floor(i / FIRST.length) % LAST.length];
  const email = `${first.toLowerCase()}.${last.toLowerCase()}@example.com`;
  const name = i % 97 === 5 ? `${last}, ${first}` : `${first} ${last}`;
  USERS.push(`${name} (${email})`);
}

const OFFICE = Array.from({ length: 16 }, (_, i) => `198.51.100.${10 + i}`);
const HOME = ['192.0.2.33', '192.0.2.34', '192.0.2.87', '192.0.2.120'];
const MOBILE = ['2001:db8:4:12::1a', '2001:db8:4:12::2b', '2001:db8:77::9', '2001:db8:4:12::3c'];
const SERVICE = ['PC Web', 'PC Web', 'PC Web', 'PC App', 'PC App', 'Mobile App', 'Mobile App', 'Drive explorer', 'IMAP', 'POP3', 'SMTP', 'CalDAV', 'API', 'Others'];
const METHOD = ['Password', 'Password', 'Password + 2-step verification', 'SSO'];

function description() {
  const r = rand();
  if (r < 0.08) return 'Login failed (incorrect password)';
  if (r < 0.09) return 'Login failed (account locked)';
  if (r < 0.1) return 'Login failed (2-step verification failed)';
  if (r < 0.102) return '"Login failed (incorrect password, too many attempts)"';
  if (r < 0.104) return 'Logout requested from server';
  if (r < 0.105) return 'Password changed';
  return 'Login successful';
}

function ip(service, failed) {
  if (failed && rand() < 0.6) return `203.0.113.${1 + Math.floor(rand() * 254)}`;
  if (rand() < 0.01) return `203.0.113.${1 + Math.floor(rand() * 254)}`;
  if (service === 'Mobile App') return pick(MOBILE);
  return rand() < 0.8 ? pick(OFFICE) : pick(HOME);
}

const quote = (s) => (s.includes(',') ? `"${s.replaceAll('"', '""')}"` : s);
const pad = (n) => String(n).padStart(2, '0');
/** wall-clock seconds (epoch-like, no zone) → `YYYY-MM-DD HH:MM:SS` */
function wall(sec) {
  const d = new Date(sec * 1000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

const END = Date.UTC(2024, 4, 17, 23, 59, 59) / 1000;
const SPAN = 180 * 24 * 3600;
const meanGap = EVENTS > 0 ? SPAN / EVENTS : 0;

mkdirSync(dirname(OUT), { recursive: true });
const out = createWriteStream(OUT);
out.write('\uFEFFDescription,User,Date,IP Address,Login method,Service Type\n');
let t = END;
let block = [];
for (let i = 0; i < EVENTS; i++) {
  const desc = description();
  const failed = desc.includes('failed');
  const service = pick(SERVICE);
  const method = service === 'Mobile App' ? 'Password' : pick(METHOD);
  block.push(`${desc},${quote(pick(USERS))},${wall(Math.round(t))},${ip(service, failed)},${method},${service}\n`);
  t -= rand() * 2 * meanGap;
  if (block.length === 5000) {
    if (!out.write(block.join(''))) await once(out, 'drain');
    block = [];
  }
}
out.end(block.join(''));
await once(out, 'finish');
console.log(`wrote ${EVENTS} events to ${OUT}`);
