import { describe, expect, it } from 'vitest';
import { parseCommand, UsageError } from './args';

const p = (s: string) => parseCommand(s.split(' ').filter(Boolean), 'Asia/Seoul');

describe('CLI arguments', () => {
  it.each([
    ['inspect a.csv b.zip', { kind: 'inspect', files: ['a.csv', 'b.zip'], timeZone: 'Asia/Seoul', json: false }],
    ['inspect --tz UTC --json a.csv', { kind: 'inspect', files: ['a.csv'], timeZone: 'UTC', json: true }],
    ['inspect --encoding cp932 a.csv', { kind: 'inspect', encoding: 'cp932' }],
    ['convert --to jsonl -o out.jsonl a.csv', { kind: 'convert', to: 'jsonl', out: 'out.jsonl', files: ['a.csv'], timeZone: 'Asia/Seoul' }],
    ['convert --to xlsx --out o.xlsx --filter status:failure a.csv', { kind: 'convert', to: 'xlsx', out: 'o.xlsx', filter: 'status:failure' }],
  ])('%s', (line, expected) => {
    expect(p(line)).toMatchObject(expected);
  });

  it.each(['', '--help', 'help', 'inspect --help'])('"%s" asks for help', (line) => {
    expect(p(line)).toEqual({ kind: 'help' });
  });

  it.each([
    ['view a.csv', /unknown command "view"/],
    ['inspect', /name at least one FILE/],
    ['inspect --tz Mars/Base a.csv', /unknown time zone "Mars\/Base"/],
    ['inspect --bogus a.csv', /bogus/],
    ['inspect --to csv a.csv', /inspect does not take --to/],
    ['convert -o x a.csv', /--to jsonl\|csv\|xlsx is required/],
    ['convert --to pdf -o x a.csv', /"pdf" is not one of jsonl, csv, xlsx/],
    ['convert --to csv a.csv', /-o OUT is required/],
    ['convert --json --to csv -o x a.csv', /does not take --json/],
  ])('"%s" is a usage error', (line, message) => {
    expect(() => p(line)).toThrow(UsageError);
    expect(() => p(line)).toThrow(message);
  });
});
