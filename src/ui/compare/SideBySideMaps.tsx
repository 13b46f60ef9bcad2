import { useMemo, useRef, useState, type PointerEvent, type WheelEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessDocument } from '@flowsmith/model';
import { compareCharts } from './compareCharts';
import { svgImage } from './svgImage';

/** One shared view of both maps: pan (screen px) and zoom. */
interface View {
  x: number;
  y: number;
  k: number;
}

/**
 * The as-is and to-be maps side by side, changes outlined in colour, with synchronised pan
 * (drag) and zoom (wheel): both panes share one view transform.
 */
export function SideBySideMaps({
  asIs,
  toBe,
  roleName,
}: {
  asIs: ProcessDocument;
  toBe: ProcessDocument;
  roleName: (id: string | null) => string;
}) {
  const { t } = useTranslation();
  const charts = useMemo(() => compareCharts(asIs, toBe, roleName), [asIs, toBe, roleName]);
  const [view, setView] = useState<View>({ x: 0, y: 0, k: 1 });
  const drag = useRef<{ x: number; y: number } | null>(null);
  const panes = useRef<(HTMLDivElement | null)[]>([]);
  // Fit, as on the canvas: every lane in view (the taller map sets the scale, at most 100 %), and a
  // map too long for its pane shown from its start, to scroll along — never shrunk until its text
  // cannot be read.
  const fit = () => {
    const sizes = panes.current.flatMap((pane) => {
      const img = pane?.querySelector('img');
      return pane && img ? [{ pane, w: img.offsetWidth, h: img.offsetHeight }] : [];
    });
    if (!sizes.length) return;
    const k = Math.min(1, ...sizes.map((s) => s.pane.clientHeight / s.h));
    const { pane, w, h } = sizes[0]!;
    const long = sizes.some((s) => s.w * k > s.pane.clientWidth);
    setView({
      k,
      x: long ? 0 : (pane.clientWidth - w * k) / 2,
      y: (pane.clientHeight - h * k) / 2,
    });
  };
  const onWheel = (e: WheelEvent) => {
    const k = Math.min(8, Math.max(0.2, view.k * (e.deltaY < 0 ? 1.15 : 1 / 1.15)));
    const rect = e.currentTarget.getBoundingClientRect();
    const px = e.clientX - rect.left;
    const py = e.clientY - rect.top;
    // Zoom about the pointer: the point under it stays put in both panes.
    setView({ k, x: px - ((px - view.x) * k) / view.k, y: py - ((py - view.y) * k) / view.k });
  };
  const onDown = (e: PointerEvent) => {
    drag.current = { x: e.clientX - view.x, y: e.clientY - view.y };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onMove = (e: PointerEvent) => {
    if (drag.current)
      setView({ ...view, x: e.clientX - drag.current.x, y: e.clientY - drag.current.y });
  };
  return (
    <div className="fs-compare-maps" data-testid="compare-maps">
      <p className="fs-muted">
        {t('compare.sync')}{' '}
        <button type="button" className="fs-link-button" data-testid="compare-fit" onClick={fit}>
          {t('compare.fit')}
        </button>
      </p>
      <div className="fs-compare-panes">
        {charts.map(({ doc, chart }, i) => (
          <figure key={i} className="fs-compare-pane">
            <figcaption>{`${i === 0 ? t('compare.asIs') : t('compare.toBe')}: ${doc.name}`}</figcaption>
            <div
              className="fs-compare-viewport"
              onWheel={onWheel}
              onPointerDown={onDown}
              onPointerMove={onMove}
              onPointerUp={() => (drag.current = null)}
              data-testid={`compare-pane-${i}`}
              ref={(el) => {
                panes.current[i] = el;
              }}
            >
              <img
                src={svgImage(chart.svg)}
                alt={doc.name}
                draggable={false}
                onLoad={fit}
                style={{
                  height: '100%',
                  width: 'auto',
                  maxWidth: 'none',
                  transform: `translate(${view.x}px, ${view.y}px) scale(${view.k})`,
                  transformOrigin: '0 0',
                }}
              />
            </div>
          </figure>
        ))}
      </div>
    </div>
  );
}
