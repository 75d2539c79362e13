import { describe, expect, it } from 'vitest';
import { messageBesideFile } from './import-message';

describe('an import message shown beside its file', () => {
  it.each([
    ['empty.csv', 'empty.csv: the file is empty', 'the file is empty'],
    ['a.zip › export/README.txt', 'a.zip › export/README.txt: skipped: not a recognised audit log', 'skipped: not a recognised audit log'],
    // another file's name, or the name without its colon, is part of what the message says
    ['login.csv', 'login-ja.csv: 54 events', 'login-ja.csv: 54 events'],
    ['login.csv', 'login.csv rolled back', 'login.csv rolled back'],
    ['login.csv', '', ''],
  ])('%s + %j → %j', (fileName, message, shown) => {
    expect(messageBesideFile({ fileName, message })).toBe(shown);
  });
});
