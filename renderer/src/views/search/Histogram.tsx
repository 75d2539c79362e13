/**
 * Matching events over time, above the grid. Drag across bars to set the period to them; click a
 * bar to zoom to it. Keyboard: ←/→ move between bars, Shift+←/→ widen the selection, Enter sets
 * the period, Esc clears. A tooltip gives each bucket's span (display zone) and counts.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { formatNumber, t } from '../../i18n/messages';
import { bucketAt, bucketCount, bucketRange, bucketsPeriod, totalAt, type HistogramData } from './histogram-geometry';
import { GUTTER, HistogramSvg } from './HistogramSvg';

interface Props { data: HistogramData | null; zone: string; compact: boolean; onPeriod(from: number, to: number): void }

/** Pixels a pointer must travel before a press becomes a drag. */
const DRAG_PX = 4;

export function Histogram({ data, zone, compact, onPeriod }: Props) {
  const wrap = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [drag, setDrag] = useState<{ x0: number; x1: number } | null>(null);
  const [hover, setHover] = useState<number | null>(null);
  const [focus, setFocus] = useState<number | null>(null);
  const [anchor, setAnchor] = useState<number | null>(null);
  const height = compact ? 64 : 104;

  useEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    setWidth(el.clientWidth);
    return () => ro.disconnect();
  }, []);
  // New buckets: a keyboard position means another span now (a drag, in pixels, stays valid).
  useEffect(() => { setFocus(null); setAnchor(null); }, [data]);

  const n = data ? bucketCount(data) : 0;
  // bars fill the width left of the count scale; pointer positions map onto that
  const plotW = Math.max(1, width - GUTTER);
  const xOf = (e: PointerEvent) => e.clientX - (wrap.current?.getBoundingClientRect().left ?? 0);
  const apply = (a: number, b: number) => { if (data) { const p = bucketsPeriod(data.edges, a, b); onPeriod(p.from, p.to); } };

  const onDown = (e: PointerEvent) => { if (n && e.button === 0) { e.currentTarget.setPointerCapture(e.pointerId); setDrag({ x0: xOf(e), x1: xOf(e) }); } };
  const onMove = (e: PointerEvent) => {
    const x = xOf(e);
    setHover(n && x <= plotW ? bucketAt(n, plotW, x) : null);
    if (drag) setDrag({ ...drag, x1: x });
  };
  const onUp = (e: PointerEvent) => {
    if (!drag) return;
    const x1 = xOf(e);
    setDrag(null);
    const a = bucketAt(n, plotW, drag.x0);
    const b = bucketAt(n, plotW, x1);
    // a press without a drag is a click on one bar: zoom to it
    if (Math.abs(x1 - drag.x0) < DRAG_PX) apply(a, a);
    else apply(a, b);
  };
  const onKey = (e: KeyboardEvent) => {
    if (!n) return;
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step) {
      const next = Math.max(0, Math.min(n - 1, (focus ?? (step > 0 ? -1 : n)) + step));
      setFocus(next);
      setAnchor(e.shiftKey ? (anchor ?? focus ?? next) : null);
      // the app's own arrow and Enter shortcuts (move through the result) must not fire here
      e.preventDefault();
      e.stopPropagation();
    } else if (e.key === 'Enter' && focus !== null) {
      apply(anchor ?? focus, focus);
      e.preventDefault();
      e.stopPropagation();
    } else if (e.key === 'Escape' && (focus !== null || anchor !== null)) {
      setFocus(null);
      setAnchor(null);
      e.stopPropagation();
    }
  };

  const dragSel: [number, number] | null = drag && Math.abs(drag.x1 - drag.x0) >= DRAG_PX ? [bucketAt(n, plotW, drag.x0), bucketAt(n, plotW, drag.x1)] : null;
  const selection = dragSel ?? (focus !== null && anchor !== null ? [anchor, focus] as [number, number] : null);
  const tip = drag ? null : focus ?? hover;
  const totals = data ? { failure: sum(data.failure), unknown: sum(data.unknown), success: sum(data.success) } : null;
  return (
    <div className={`histogram ${compact ? 'compact' : ''}`} data-testid="histogram" data-buckets={n} data-unit={data?.unit ?? ''}>
      <div
        className="histogram-plot" ref={wrap} tabIndex={0} role="group" aria-label={t('histo.label')} aria-describedby="histo-help"
        onPointerDown={onDown} onPointerMove={onMove} onPointerUp={onUp} onPointerLeave={() => setHover(null)} onKeyDown={onKey}
        onBlur={() => { setFocus(null); setAnchor(null); }}
      >
        {data && n > 0 && width > 0 && <HistogramSvg data={data} width={width} height={height} zone={zone} selection={selection} focus={focus} />}
        {data && n === 0 && <div className="histogram-empty muted" style={{ height }}>{t('histo.empty')}</div>}
        {!data && <div className="histogram-empty" style={{ height }} />}
        {data && tip !== null && tip < n && (
          <div className="histogram-tip" role="status" data-testid="histogram-tip" style={{ left: Math.min(Math.max(0, ((tip + 0.5) * plotW) / n - 95), Math.max(0, width - 200)) }}>
            <b>{bucketRange(data, tip, zone)}</b> <span className="muted">({zone})</span>
            <dl className="tip-counts">
              <dt>{t('histo.total')}</dt><dd>{formatNumber(totalAt(data, tip))}</dd>
              <dt>✕ {t('status.failure')}</dt><dd>{formatNumber(data.failure[tip] ?? 0)}</dd>
              <dt>? {t('status.unknown')}</dt><dd>{formatNumber(data.unknown[tip] ?? 0)}</dd>
              <dt>✓ {t('status.success')}</dt><dd>{formatNumber(data.success[tip] ?? 0)}</dd>
            </dl>
          </div>
        )}
      </div>
      <div className="histogram-legend">
        {totals && (['failure', 'unknown', 'success'] as const).map((s) => (
          <span key={s} className="legend-item"><span className={`swatch swatch-${s}`} aria-hidden="true" />{t(`status.${s}`)} {formatNumber(totals[s])}</span>
        ))}
        <span id="histo-help" className="muted histogram-help">{t('histo.help')}</span>
      </div>
    </div>
  );
}

function sum(a: number[]): number {
  return a.reduce((x, y) => x + y, 0);
}
