/**
 * A quick-search error pointing at its character: a ▲ under the box at that character (measured
 * with the box's own font) and, below, the text around it with the character marked.
 */
import { useLayoutEffect, useState } from 'react';
import { t } from '../../i18n/messages';
import { qsErrorText, type QsError } from './qs-error-text';

let canvas: HTMLCanvasElement | null = null;

/**
 * Where character `pos` of `input` is, in px from the input's offset parent (the `.qs` box):
 * x at the character (scroll taken into account), y just under the input.
 */
function charOffset(input: HTMLInputElement, pos: number): { left: number; top: number } | null {
  canvas ??= document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const style = getComputedStyle(input);
  ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const x = ctx.measureText(input.value.slice(0, pos)).width;
  const left = input.offsetLeft + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth) + x - input.scrollLeft;
  // a character scrolled out of view is pointed at from the nearest edge
  const clamped = Math.max(input.offsetLeft, Math.min(input.offsetLeft + input.offsetWidth - 8, left));
  return { left: clamped, top: input.offsetTop + input.offsetHeight - 2 };
}

const CONTEXT = 24;

export function ParseError({ id, text, error, input }: { id: string; text: string; error: QsError; input: HTMLInputElement | null }) {
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);
  const pos = error.position;
  useLayoutEffect(() => {
    setPlace(input && pos !== null ? charOffset(input, pos) : null);
  }, [input, text, pos]);
  const at = pos === null ? null : Math.min(pos, text.length);
  const from = at === null ? 0 : Math.max(0, at - CONTEXT);
  const to = at === null ? 0 : Math.min(text.length, at + CONTEXT);
  return (
    <div className="qs-error" role="alert" id={id} data-testid="quick-search-error" data-position={pos ?? ''} data-code={error.code ?? ''}>
      {place && <span className="qs-caret" style={place} aria-hidden="true" data-testid="quick-search-caret">▲</span>}
      <span className="qs-error-msg">
        {at === null ? t('qs.errorWhole') : t('qs.errorAt', { n: at + 1 })} {qsErrorText(error)}
      </span>
      {at !== null && (
        <code className="qs-snippet" aria-hidden="true">
          {from > 0 && '…'}{text.slice(from, at)}<mark>{text.slice(at, at + 1) || ' '}</mark>{text.slice(at + 1, to)}{to < text.length && '…'}
        </code>
      )}
    </div>
  );
}
