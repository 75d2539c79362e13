/** Inline SVG icons: no icon font or emoji font is guaranteed on an offline desktop. */
const PATHS = {
  menu: 'M3 6h18M3 12h18M3 18h18',
  search: 'M10.5 3a7.5 7.5 0 1 0 4.6 13.4l5 5 1.4-1.4-5-5A7.5 7.5 0 0 0 10.5 3zm0 2a5.5 5.5 0 1 1 0 11 5.5 5.5 0 0 1 0-11z',
  close: 'M5 5l14 14M19 5L5 19',
  /** facets: bars of different lengths */
  facets: 'M4 6h16M4 12h10M4 18h6',
} as const;

export function Icon({ name, size = 18 }: { name: keyof typeof PATHS; size?: number }) {
  const filled = name === 'search';
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="icon">
      <path d={PATHS[name]} fill={filled ? 'currentColor' : 'none'} stroke={filled ? 'none' : 'currentColor'} strokeWidth={2} strokeLinecap="round" />
    </svg>
  );
}
