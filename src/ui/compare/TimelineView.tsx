import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, ProcessDocument } from '@flowsmith/model';
import { casesInBoth, simulatedCaseTimeline, typicalCaseTimeline } from '@flowsmith/analysis';
import { reportLabels, renderTimeline } from '@flowsmith/sop';
import { svgImage } from './svgImage';
import { useCaseSimulation } from './useCaseSimulation';

/**
 * The role timelines of the pair, as-is above to-be on one time axis (drawn by the SOP package,
 * the same picture as in the report): the typical case, and on request a simulated case the
 * person picks (both processes simulated in a worker with the same seed).
 */
export function TimelineView({
  asIs,
  toBe,
  lang,
  roleName,
}: {
  asIs: ProcessDocument;
  toBe: ProcessDocument;
  lang: Lang;
  roleName: (id: string | null) => string;
}) {
  const { t } = useTranslation();
  const L = reportLabels[lang];
  const typical = useMemo(
    () =>
      renderTimeline(
        [
          { title: L.typicalCase(asIs.name), timeline: typicalCaseTimeline(asIs) },
          { title: L.typicalCase(toBe.name), timeline: typicalCaseTimeline(toBe) },
        ],
        roleName,
        lang,
      ),
    [asIs, toBe, lang, roleName, L],
  );
  const sim = useCaseSimulation(asIs, toBe, lang);
  const ids = useMemo(
    () => (sim.state.status === 'done' ? casesInBoth(sim.state.asIs, sim.state.toBe) : []),
    [sim.state],
  );
  const [picked, setPicked] = useState<number | null>(null);
  const caseId = picked !== null && ids.includes(picked) ? picked : ids[Math.floor(ids.length / 2)];
  const simulated = useMemo(() => {
    if (sim.state.status !== 'done' || caseId === undefined) return null;
    return renderTimeline(
      [
        {
          title: L.simulatedCase(asIs.name, caseId),
          timeline: simulatedCaseTimeline(asIs, sim.state.asIs, caseId),
        },
        {
          title: L.simulatedCase(toBe.name, caseId),
          timeline: simulatedCaseTimeline(toBe, sim.state.toBe, caseId),
        },
      ],
      roleName,
      lang,
    );
  }, [sim.state, caseId, asIs, toBe, lang, roleName, L]);
  return (
    <div className="fs-compare-timeline" data-testid="compare-timeline">
      <img
        src={svgImage(typical.svg)}
        alt={L.timelines}
        style={{ width: '100%', maxWidth: typical.width }}
      />
      <div className="fs-compare-buttons">
        {sim.state.status === 'running' ? (
          <>
            <progress value={sim.state.fraction} max={1} aria-label={t('compare.simulating')} />
            <button type="button" onClick={sim.cancel}>
              {t('compare.cancel')}
            </button>
          </>
        ) : (
          <button type="button" data-testid="compare-simulate-case" onClick={sim.start}>
            {t('compare.simulateCase')}
          </button>
        )}
        {ids.length > 0 && (
          <label>
            {t('compare.case')}{' '}
            <select
              data-testid="compare-case"
              value={caseId}
              onChange={(e) => setPicked(Number(e.target.value))}
            >
              {[...ids]
                .sort((a, b) => a - b)
                .map((id) => (
                  <option key={id} value={id}>
                    {id}
                  </option>
                ))}
            </select>
          </label>
        )}
      </div>
      {sim.state.status === 'failed' && (
        <p className="fs-field-error" role="alert">
          {sim.state.message}
        </p>
      )}
      {simulated && (
        <img
          data-testid="compare-simulated-case"
          src={svgImage(simulated.svg)}
          alt={L.timelines}
          style={{ width: '100%', maxWidth: simulated.width }}
        />
      )}
    </div>
  );
}
