/**
 * The chart itself: stacked bars (failure hatched, unknown dotted, success plain, so status never
 * rests on colour alone), the count axis top, time labels in the display zone, the selection.
 */
import { formatNumber } from '../../i18n/messages';
import { axisTicks, layoutBars, type HistogramData } from './histogram-geometry';

export const AXIS_H = 18;
/** Room on the right for the count scale, so that it never sits on a bar. */
export const GUTTER = 34;

interface Props {
  data: HistogramData;
  width: number;
  height: number;
  zone: string;
  /** buckets a..b shaded as selected (drag or keyboard), or null */
  selection: [number, number] | null;
  focus: number | null;
}

export function HistogramSvg({ data, width, height, zone, selection, focus }: Props) {
  const plotH = height - AXIS_H;
  const plotW = Math.max(1, width - GUTTER);
  const { bars, top } = layoutBars(data, plotW, plotH);
  const ticks = axisTicks(data, plotW, zone);
  const slot = bars.length ? plotW / bars.length : 0;
  const sel = selection ? [Math.min(...selection), Math.max(...selection)] : null;
  return (
    <svg width={width} height={height} className="histogram-svg" aria-hidden="true">
      <defs>
        <pattern id="hatch-failure" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="5" height="5" className="fill-failure" />
          <line x1="0" y1="0" x2="0" y2="5" className="hatch-line" strokeWidth="2" />
        </pattern>
        <pattern id="dots-unknown" width="4" height="4" patternUnits="userSpaceOnUse">
          <rect width="4" height="4" className="fill-unknown" />
          <circle cx="2" cy="2" r="0.9" className="dot" />
        </pattern>
      </defs>
      <line x1={0} x2={plotW} y1={plotH + 0.5} y2={plotH + 0.5} className="axis-line" />
      <line x1={0} x2={plotW} y1={0.5} y2={0.5} className="grid-line" />
      <line x1={0} x2={plotW} y1={plotH / 2} y2={plotH / 2} className="grid-line" />
      <text x={plotW + 4} y={9} className="axis-top">{formatNumber(top)}</text>
      {top >= 2 && <text x={plotW + 4} y={plotH / 2 + 4} className="axis-top">{formatNumber(top / 2)}</text>}
      <text x={plotW + 4} y={plotH} className="axis-top">0</text>
      {sel && <rect x={sel[0] * slot} width={(sel[1] - sel[0] + 1) * slot} y={0} height={plotH} className="selection" />}
      {focus !== null && focus < bars.length && <rect x={focus * slot} width={slot} y={0} height={plotH} className="focus-band" />}
      {bars.map((b) => b.segments.map((s) => (
        <rect
          key={`${b.i}-${s.status}`} x={b.x} width={b.w} y={s.y} height={s.h}
          fill={s.status === 'failure' ? 'url(#hatch-failure)' : s.status === 'unknown' ? 'url(#dots-unknown)' : undefined}
          className={`bar bar-${s.status}`}
        />
      )))}
      {ticks.map((tk) => (
        <g key={tk.x}>
          <line x1={tk.x + 0.5} x2={tk.x + 0.5} y1={plotH} y2={plotH + 4} className="axis-line" />
          <text x={tk.x + 3} y={height - 4} className="axis-label">{tk.label}</text>
        </g>
      ))}
    </svg>
  );
}
