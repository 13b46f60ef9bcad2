import { useMemo } from 'react';
import type { Lang, ProcessDocument } from '@flowsmith/model';
import { typicalCaseTimeline } from '@flowsmith/analysis';
import { reportLabels, renderTimeline } from '@flowsmith/sop';
import { svgImage } from './svgImage';

/**
 * The typical-case role timelines of the pair, as-is above to-be on one time axis (drawn by the
 * SOP package, the same picture as in the report). A simulated case's timeline comes with the
 * exported report (`flowsmith report --simulate`).
 */
export function TimelineView({ asIs, toBe, lang, roleName }: { asIs: ProcessDocument; toBe: ProcessDocument; lang: Lang; roleName: (id: string | null) => string }) {
  const chart = useMemo(
    () =>
      renderTimeline(
        [
          { title: reportLabels[lang].typicalCase(asIs.name), timeline: typicalCaseTimeline(asIs) },
          { title: reportLabels[lang].typicalCase(toBe.name), timeline: typicalCaseTimeline(toBe) },
        ],
        roleName,
        lang,
      ),
    [asIs, toBe, lang, roleName],
  );
  return (
    <div className="fs-compare-timeline" data-testid="compare-timeline">
      <img src={svgImage(chart.svg)} alt={reportLabels[lang].timelines} style={{ width: '100%', maxWidth: chart.width }} />
    </div>
  );
}
