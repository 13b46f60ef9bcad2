/**
 * @flowsmith/sop — standard operating procedures (SOP, 标准操作流程) and job descriptions
 * (岗位说明书) from a process document: a document tree (`buildSop`, `buildJobs`), rendered as
 * Markdown, standalone HTML and DOCX. Pure TypeScript, no DOM; the only package that imports docx.
 */
export type { SopTree, SopBlock, ColumnAlign, DiagramPage, PageFurniture, TocEntry } from './tree';
export { buildSop, structuralWarnings } from './buildSop';
export { buildJobs, type JobsOptions } from './buildJobs';
export { PROCEDURE_SECTION, type SopOptions } from './sopContext';
export { numberProcedure, type ProcedureNumbering } from './procedureNumbering';
export { procedureRows, isProcedureRow, type ProcedureRows } from './procedureRows';
export { localiseUnits } from './localiseUnits';
export { describeBatch, describeChanges, describeOpenings } from './caseWork';
export { workLabels, type WorkLabels } from './workLabels';
export { raciMatrix, raciLetters, type RaciMatrix, type RaciCell } from './raciMatrix';
export {
  renderFlowchart,
  FONT_FAMILIES,
  type Flowchart,
  type FlowchartOptions,
} from './diagram/renderFlowchart';
export { PRINT_TEXT, SCREEN_TEXT, type FlowchartText } from './diagram/stepShape';
export {
  flowchartPages,
  MAX_PARTS,
  minFontSize,
  MIN_PRINT_TEXT_PT,
  PRINT_AREA,
} from './diagram/flowchartPages';
export { flowchartPositions } from './diagram/flowchartPositions';
export {
  gatewayNameSide,
  gatewayNameBox,
  GATEWAY_NAME_SIDES,
  type GatewayNameSide,
  type NameOffsets,
} from './diagram/gatewayNameSide';
export { ObstacleGrid, nameRegion } from './diagram/obstacleGrid';
export { layoutForSop, tasksFitLanes } from './layoutForSop';
export { renderMarkdown, type MarkdownOptions } from './render/renderMarkdown';
export { renderHtml, diagramPage, printPages } from './render/renderHtml';
export { renderDocx, docxImages, type DocxOptions } from './render/renderDocx';
export { fontStacks, docxFonts } from './render/fonts';
export { escapeMarkup } from './escapeMarkup';
export { sopLabels, type SopLabels } from './messages';
export { documentLabels, type DocumentLabels } from './documentLabels';
export * from './report';
export * from './workshop';
