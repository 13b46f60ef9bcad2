/**
 * @flowsmith/sop — standard operating procedures (SOP, 标准操作流程) and job descriptions
 * (岗位说明书) from a process document: a document tree (`buildSop`, `buildJobs`), rendered as
 * Markdown, standalone HTML and DOCX. Pure TypeScript, no DOM; the only package that imports docx.
 */
export type { SopTree, SopBlock, ColumnAlign } from './tree';
export { buildSop, structuralWarnings } from './buildSop';
export { buildJobs, type JobsOptions } from './buildJobs';
export { PROCEDURE_SECTION, type SopOptions } from './sopContext';
export { numberProcedure, type ProcedureNumbering } from './procedureNumbering';
export { raciMatrix, raciLetters, type RaciMatrix, type RaciCell } from './raciMatrix';
export { renderFlowchart, FONT_FAMILIES, type Flowchart } from './diagram/renderFlowchart';
export { flowchartPositions } from './diagram/flowchartPositions';
export { layoutForSop, tasksFitLanes } from './layoutForSop';
export { renderMarkdown, type MarkdownOptions } from './render/renderMarkdown';
export { renderHtml, diagramPage } from './render/renderHtml';
export { renderDocx, type DocxOptions } from './render/renderDocx';
export { escapeMarkup } from './escapeMarkup';
export { sopLabels, type SopLabels } from './messages';
export * from './report';
