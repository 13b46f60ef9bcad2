import { renderHtml } from '../render/renderHtml';
import { reportToSopTree } from './reportToSopTree';
import type { ReportTree } from './reportTree';

/**
 * Renders the comparison report as one standalone HTML page with the SOP's print CSS (A4, running
 * header, "Page X of Y", headings kept with their content, wide charts on landscape pages) and no
 * scripts: every text escaped, a Content-Security-Policy that forbids scripts and every outside
 * resource, diagrams inline as SVG. Pure.
 */
export function renderReportHtml(tree: ReportTree): string {
  return renderHtml(reportToSopTree(tree));
}
