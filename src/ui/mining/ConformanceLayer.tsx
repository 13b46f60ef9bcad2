import { memo, useMemo } from 'react';
import { useInternalNode, ViewportPortal } from '@xyflow/react';
import { describeFigureFinding, type DeviationKind, type FigureFinding } from '@flowsmith/mining';
import { resolveLang } from '@flowsmith/model';
import { useTranslation } from 'react-i18next';
import { usePanels, useEditorState } from '../EditorContext';
import { useStore } from 'zustand';
import { deviationMarks, figureMarks } from './logView';
import './strings';
import './log.css';

const GLYPH: Record<DeviationKind, string> = { skipped: '⤼', outOfOrder: '⇅', notInMap: '?' };

/** One step's deviation marker: an outline and a badge naming the kinds and the cases. */
function Marker({
  stepId,
  kinds,
  cases,
}: {
  stepId: string;
  kinds: DeviationKind[];
  cases: number;
}) {
  const { t } = useTranslation();
  const node = useInternalNode(stepId);
  if (!node) return null;
  const { x, y } = node.internals.positionAbsolute;
  const w = node.measured.width ?? node.width ?? 0;
  const h = node.measured.height ?? node.height ?? 0;
  const text = t('log.marker', {
    kinds: kinds.map((k) => t(`log.kind.${k}`)).join('、'),
    count: cases,
  });
  return (
    <div
      className="fs-log-marker"
      data-deviation-step={stepId}
      data-deviation-kinds={kinds.join(' ')}
      style={{ transform: `translate(${x - 5}px, ${y - 5}px)`, width: w + 10, height: h + 10 }}
    >
      <span className="fs-log-marker-badge" title={text} aria-label={text}>
        {kinds.map((k) => GLYPH[k]).join('')} {cases}
      </span>
    </div>
  );
}

const MarkerView = memo(Marker);

/** One step's figure marker: a dotted outline and a "≠ data" badge whose title says what differs. */
function FigureMarker({ stepId, findings }: { stepId: string; findings: FigureFinding[] }) {
  const { t, i18n } = useTranslation();
  const node = useInternalNode(stepId);
  if (!node) return null;
  const { x, y } = node.internals.positionAbsolute;
  const w = node.measured.width ?? node.width ?? 0;
  const h = node.measured.height ?? node.height ?? 0;
  const lang = resolveLang(i18n.language);
  const text = findings.map((f) => describeFigureFinding(f, lang)).join('\n');
  return (
    <div
      className="fs-log-figure"
      data-figure-step={stepId}
      data-figure-kinds={findings.map((f) => f.kind).join(' ')}
      style={{ transform: `translate(${x - 9}px, ${y - 9}px)`, width: w + 18, height: h + 18 }}
    >
      <span className="fs-log-figure-badge" title={text} aria-label={text}>
        {t('log.figureMarker')}
      </span>
    </div>
  );
}

const FigureMarkerView = memo(FigureMarker);

/**
 * The last conformance check on the canvas: each step of this map with deviations (skipped, out
 * of order) is outlined with a badge of the kinds and cases, and each step whose drawn figures the
 * log disagrees with (duration, a split's branch probabilities, the start's arrival rate) gets a
 * dotted outline with a "≠ data" badge whose title says what and by how much. Drawn only for the
 * document that was checked; never hit-tested.
 */
export function ConformanceLayer() {
  const docId = useEditorState((s) => s.doc.id);
  const check = useStore(usePanels().log, (s) => s.check);
  const marks = useMemo(() => (check ? deviationMarks(check.conformance) : null), [check]);
  const figures = useMemo(() => (check ? figureMarks(check.figures) : null), [check]);
  if (!check || !marks || !figures || check.docId !== docId) return null;
  if (marks.size === 0 && figures.size === 0) return null;
  return (
    <ViewportPortal>
      {[...marks].map(([stepId, m]) => (
        <MarkerView key={stepId} stepId={stepId} kinds={m.kinds} cases={m.cases} />
      ))}
      {[...figures].map(([stepId, f]) => (
        <FigureMarkerView key={`figure-${stepId}`} stepId={stepId} findings={f} />
      ))}
    </ViewportPortal>
  );
}
