import type { Lang } from '@flowsmith/model';
import { buildComparisonReport, renderReportHtml } from '@flowsmith/sop';
import { fileNameFor, saveBlob } from '../files/fileAccess';
import type { ComparePair } from './usePartner';

/**
 * Saves the workshop report of the pair as one standalone HTML file (no scripts; PDF through
 * `flowsmith report --format pdf` or the browser's print). Returns whether it was saved.
 */
export async function exportReport(pair: ComparePair, lang: Lang): Promise<boolean> {
  const html = renderReportHtml(buildComparisonReport({ asIs: pair.asIs, toBe: pair.toBe, lang }));
  const name = fileNameFor(
    { id: `${pair.toBe.id}-report`, name: `${pair.toBe.name}-report` },
    '.html',
  );
  const r = await saveBlob(new Blob([html], { type: 'text/html' }), name, null, [
    { description: 'HTML', accept: { 'text/html': ['.html'] } },
  ]);
  return r !== 'cancelled';
}
