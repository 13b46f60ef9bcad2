import type { ProcessDocument } from '@flowsmith/model';
import { flowchartPositions } from './diagram/flowchartPositions';
import { renderFlowchart } from './diagram/renderFlowchart';
import { closingSections } from './sections/closingSections';
import { procedureSection } from './sections/procedureSection';
import { purposeSections } from './sections/purposeSections';
import { recordsSection } from './sections/recordsSection';
import { rolesSection } from './sections/rolesSection';
import { titleSection } from './sections/titleSection';
import { sopContext, type SopContext, type SopOptions } from './sopContext';
import type { SopBlock, SopTree } from './tree';

/**
 * Builds the standard operating procedure of `doc` as a document tree, in `options.lang` (default
 * the process's language): title block with approval line, purpose, scope, roles with the RACI
 * matrix, terms and records, the swimlane flowchart, the numbered procedure, KPIs, risks and the
 * revision history. A process with structural errors (error findings of the analysis) still gets
 * its SOP, with a warning block listing them first. Pure and synchronous.
 */
export function buildSop(doc: ProcessDocument, options: SopOptions = {}): SopTree {
  const ctx = sopContext(doc, options);
  const { t } = ctx;
  const chart = renderFlowchart(doc, flowchartPositions(doc, options.positions), (id) =>
    id === null ? '' : ctx.roleName(id),
  );
  const blocks: SopBlock[] = [
    ...titleSection(ctx, options.effectiveDate),
    ...structuralWarnings(ctx),
    ...purposeSections(ctx),
    ...rolesSection(ctx),
    ...recordsSection(ctx),
    { type: 'heading', level: 2, text: t.sections.flowchart },
    {
      type: 'diagram',
      svg: chart.svg,
      width: chart.width,
      height: chart.height,
      alt: t.flowchartAlt(doc.name),
    },
    ...procedureSection(ctx),
    ...closingSections(ctx),
  ];
  return { kind: 'sop', lang: ctx.lang, title: t.sopTitle(doc.name), blocks };
}

/** The warning block for the analysis' error findings, or nothing. Pure. */
export function structuralWarnings(ctx: SopContext): SopBlock[] {
  const errors = ctx.analysis.findings.filter((f) => f.severity === 'error');
  return errors.length === 0
    ? []
    : [{ type: 'warning', title: ctx.t.warningTitle, items: errors.map((f) => f.message) }];
}
