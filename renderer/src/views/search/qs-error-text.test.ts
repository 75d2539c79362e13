import { afterEach, describe, expect, it } from 'vitest';
import { parseQuickSearch } from '../../../../shared/filter/quick-search';
import { QUICK_SEARCH_ERROR_CASES } from '../../../../shared/filter/quick-search-error-cases';
import { setLanguage } from '../../i18n/messages';
import { qsErrorText, treeProblem, type QsError } from './qs-error-text';

function errorOf(text: string, timeZone?: string): QsError {
  const r = parseQuickSearch(text, { timeZone });
  if (!r.ok) return r.error;
  const problem = r.tree ? treeProblem(r.tree) : null;
  if (!problem) throw new Error(`"${text}" has no error`);
  return problem;
}

describe('quick-search errors in the UI language', () => {
  afterEach(() => setLanguage('en'));

  it.each(QUICK_SEARCH_ERROR_CASES.map((k) => [k.code, k] as const))('%s: the English template with the parameters is the parser’s message', (_code, k) => {
    const e = errorOf(k.text, k.timeZone);
    expect(qsErrorText(e)).toBe(e.message);
  });

  it('speaks Japanese and Korean, keeping typed values and syntax as typed', async () => {
    await setLanguage('ja');
    expect(qsErrorText(errorOf('Status: failure'))).toBe('"Status:" の後に値がありません');
    expect(qsErrorText(errorOf('time:[2024-05-14 2024-05-15]'))).toBe('範囲には TO が必要です');
    expect(qsErrorText(errorOf('ip:203.0.113.0/33'))).toBe('CIDR が正しくありません: プレフィックス長 /33 が IPv4 アドレスの 32 ビットを超えています');
    await setLanguage('ko');
    expect(qsErrorText(errorOf('time:>日曜日'))).toContain('날짜 "日曜日"을(를) 읽을 수 없습니다');
    expect(qsErrorText(errorOf('a OR'))).toBe('OR 뒤에 검색어가 필요합니다');
  });

  it('keeps a {…} typed by the user as it is', async () => {
    await setLanguage('ja');
    expect(qsErrorText(errorOf('status:{x}'))).toBe('比較と範囲は time にだけ使えます。"{" を検索するには値を引用符で囲んでください');
  });

  it('codes the problems the box meets only when the tree is checked', async () => {
    expect(errorOf('-""')).toMatchObject({ code: 'empty-text', position: null });
    const deep = errorOf(`${'(a '.repeat(55)}c${' OR c)'.repeat(55)}`);
    expect(deep).toMatchObject({ code: 'tree-too-deep', params: { max: '100' }, position: null });
    await setLanguage('ko');
    expect(qsErrorText(deep)).toBe('검색의 중첩이 100단계보다 깊습니다. 괄호를 줄여서 쓰세요');
  });

  it('shows a problem it does not know in the words it came with', () => {
    const e = treeProblem({ kind: 'cond', field: 'time', op: 'contains', value: 'x' });
    expect(e?.code).toBeUndefined();
    expect(qsErrorText(e as QsError)).toContain('does not work on time');
  });
});
