import type { ProcessDocument } from '@flowsmith/model';
import { flowchartPages } from './diagram/flowchartPages';
import { flowchartPositions } from './diagram/flowchartPositions';
import { renderFlowchart } from './diagram/renderFlowchart';
import { PRINT_TEXT } from './diagram/stepShape';
import { closingSections } from './sections/closingSections';
import { coverSection, documentControlText } from './sections/coverSection';
import { procedureSection } from './sections/procedureSection';
import { purposeSections } from './sections/purposeSections';
import { recordsSection } from './sections/recordsSection';
import { definitionsSection, relatedDocumentsSection } from './sections/referenceSections';
import { rolesSection } from './sections/rolesSection';
import { sopContext, type SopContext, type SopOptions } from './sopContext';
import type { SopBlock, SopTree, TocEntry } from './tree';

/**
 * Builds the standard operating procedure of `doc` as a controlled document, in `options.lang`
 * (default the process's language): a cover with document control (文件编号, 版本, 生效日期,
 * 编制部门, 适用部门, 流程负责人) and the approval table 编制/审核/批准, the contents, then
 * 1 purpose, 2 scope, 3 definitions, 4 responsibilities with the RACI matrix, 5 related documents,
 * 6 the swimlane flowchart (boxes numbered like the procedure, split into A4 parts when large),
 * 7 the procedure table, 8 records and forms, 9 KPIs, 10 risks, 11 revisions; and the running
 * header and page numbers of its printed pages. A process with structural errors still gets its
 * SOP, with a warning block listing them first. Pure and synchronous.
 */
export function buildSop(doc: ProcessDocument, options: SopOptions = {}): SopTree {
  const ctx = sopContext(doc, options);
  const { t, labels } = ctx;
  const control = documentControlText(ctx, options.effectiveDate);
  const chart = renderFlowchart(
    doc,
    flowchartPositions(doc, options.positions),
    (id) => (id === null ? '' : ctx.roleName(id)),
    { numbers: ctx.rows.numbers, text: PRINT_TEXT },
  );
  const body: SopBlock[] = [
    ...purposeSections(ctx),
    ...definitionsSection(ctx),
    ...rolesSection(ctx),
    ...relatedDocumentsSection(ctx),
    { type: 'heading', level: 2, text: labels.sections.flowchart },
    {
      type: 'diagram',
      svg: chart.svg,
      width: chart.width,
      height: chart.height,
      alt: t.flowchartAlt(doc.name),
      // The note on the numbers goes under the first part (or the whole chart).
      pages: flowchartPages(chart, (part, parts) =>
        parts === 1
          ? labels.flowchartNote
          : part === 1
            ? `${labels.flowchartPart(part, parts)}${labels.sentenceEnd}${ctx.lang === 'zh-CN' ? '' : ' '}${labels.flowchartNote}`
            : labels.flowchartPart(part, parts),
      ),
    },
    ...procedureSection(ctx),
    ...recordsSection(ctx),
    ...closingSections(ctx),
  ];
  const contents: TocEntry[] = body.flatMap((b) =>
    b.type === 'heading' && b.level === 2 ? [{ level: 2, text: b.text }] : [],
  );
  const blocks: SopBlock[] = [
    ...coverSection(ctx, control),
    ...structuralWarnings(ctx),
    { type: 'toc', title: labels.contents, entries: contents },
    { type: 'pageBreak' },
    ...body,
  ];
  return {
    kind: 'sop',
    lang: ctx.lang,
    title: t.sopTitle(doc.name),
    blocks,
    furniture: {
      title: t.sopTitle(doc.name),
      control: labels.headerControl(control.number, control.version),
      pageOf: labels.pageOf,
    },
  };
}

/** The warning block for the analysis' error findings, or nothing. Pure. */
export function structuralWarnings(ctx: SopContext): SopBlock[] {
  const errors = ctx.analysis.findings.filter((f) => f.severity === 'error');
  return errors.length === 0
    ? []
    : [{ type: 'warning', title: ctx.t.warningTitle, items: errors.map((f) => f.message) }];
}
