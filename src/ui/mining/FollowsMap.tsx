import { simplifyFollows, type DirectlyFollowsGraph } from '@flowsmith/mining';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../i18n/i18n';
import { useLog, useLogStore } from './logStore';
import { formatMinutes, rankActivities } from './logView';

const W = 132;
const H = 30;
const GAP_X = 24;
const GAP_Y = 46;
const PAD = 24;

/**
 * The directly-follows map drawn as SVG, top-down from the start: activities with their counts,
 * arcs labelled with how often (frequency) or how long after (performance, median) one activity
 * followed another, thicker when more frequent. Disco-style sliders keep the most frequent
 * activities and paths.
 */
export function FollowsMap({ dfg }: { dfg: DirectlyFollowsGraph }) {
  const { t } = useTranslation();
  const store = useLogStore();
  const mode = useLog((s) => s.mapMode);
  const activities = useLog((s) => s.activities);
  const paths = useLog((s) => s.paths);
  const lang = currentLang();
  const shown = simplifyFollows(dfg, activities, paths);
  const placed = rankActivities(shown);
  const at = new Map(
    placed.map((p) => [
      p.name,
      { x: PAD + p.slot * (W + GAP_X), y: PAD + 20 + p.rank * (H + GAP_Y) },
    ]),
  );
  const width = Math.max(W + 2 * PAD, ...[...at.values()].map((p) => p.x + W + PAD));
  const height = Math.max(...[...at.values()].map((p) => p.y + H + PAD + 20), 120);
  const most = Math.max(1, ...shown.arcs.map((a) => a.count));
  const slowest = Math.max(1, ...shown.arcs.map((a) => a.medianMinutes));
  return (
    <div className="fs-log-map">
      <div className="fs-log-map-controls">
        <div role="radiogroup" aria-label={t('log.mapLabel')}>
          {(['frequency', 'performance'] as const).map((m) => (
            <label key={m}>
              <input
                type="radio"
                name="fs-log-map-mode"
                checked={mode === m}
                onChange={() => store.setState({ mapMode: m })}
              />
              {t(`log.${m}`)}
            </label>
          ))}
        </div>
        <label>
          {t('log.activitiesSlider', { pct: Math.round(activities * 100) })}
          <input
            type="range"
            min={0}
            max={1}
            step={0.05}
            value={activities}
            onChange={(e) => store.setState({ activities: Number(e.target.value) })}
          />
        </label>
        <label>
          {t('log.pathsSlider', { pct: Math.round(paths * 100) })}
          <input
            type="range"
            min={0}
            max={1}
            step={0.05}
            value={paths}
            onChange={(e) => store.setState({ paths: Number(e.target.value) })}
          />
        </label>
      </div>
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={t('log.mapLabel')}
        data-testid="log-map"
      >
        <defs>
          <marker
            id="fs-log-arrow"
            viewBox="0 0 8 8"
            refX="7"
            refY="4"
            markerWidth="8"
            markerHeight="8"
            markerUnits="userSpaceOnUse"
            orient="auto"
          >
            <path d="M0,0 L8,4 L0,8 z" />
          </marker>
        </defs>
        {shown.arcs.map((a) => {
          const p = at.get(a.from);
          const q = at.get(a.to);
          if (!p || !q) return null;
          const x1 = p.x + W / 2;
          const y1 = p.y + H;
          const x2 = q.x + W / 2;
          const y2 = q.y;
          const back = q.y <= p.y;
          const d =
            a.from === a.to
              ? `M${p.x + W},${p.y + 8} C${p.x + W + 30},${p.y - 6} ${p.x + W + 30},${p.y + H + 6} ${p.x + W},${p.y + H - 8}`
              : back
                ? `M${p.x + W},${p.y + H / 2} C${p.x + W + 40},${p.y + H / 2} ${q.x + W + 40},${q.y + H / 2} ${q.x + W},${q.y + H / 2}`
                : `M${x1},${y1} C${x1},${y1 + 24} ${x2},${y2 - 24} ${x2},${y2}`;
          const label =
            mode === 'frequency' ? String(a.count) : formatMinutes(a.medianMinutes, lang);
          const heat = mode === 'performance' ? a.medianMinutes / slowest : a.count / most;
          const lx =
            a.from === a.to ? p.x + W + 26 : back ? Math.max(p.x, q.x) + W + 34 : (x1 + x2) / 2 + 4;
          const ly = a.from === a.to ? p.y + H / 2 : back ? (p.y + q.y + H) / 2 : (y1 + y2) / 2;
          return (
            <g
              key={`${a.from}\u0000${a.to}`}
              className="fs-log-arc"
              style={{ opacity: 0.45 + 0.55 * heat }}
            >
              <path d={d} strokeWidth={1 + 4 * (a.count / most)} markerEnd="url(#fs-log-arrow)" />
              <text x={lx} y={ly}>
                {label}
              </text>
            </g>
          );
        })}
        {placed.map((p) => {
          const { x, y } = at.get(p.name)!;
          return (
            <g key={p.name} className="fs-log-node" data-activity={p.name}>
              {shown.starts[p.name] ? (
                <circle cx={x + W / 2} cy={y - 12} r={4} className="fs-log-start" />
              ) : null}
              {shown.ends[p.name] ? (
                <rect x={x + W / 2 - 4} y={y + H + 8} width={8} height={8} className="fs-log-end" />
              ) : null}
              <rect x={x} y={y} width={W} height={H} rx={5} />
              <text x={x + W / 2} y={y + 13}>
                {p.name.length > 18 ? `${p.name.slice(0, 17)}…` : p.name}
              </text>
              <text x={x + W / 2} y={y + 25} className="fs-log-node-count">
                {p.count}
              </text>
              <title>{`${p.name}: ${p.count}`}</title>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
