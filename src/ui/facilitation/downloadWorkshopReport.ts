import type { Lang, ProcessDocument } from '@flowsmith/model';
import { downloadBlob } from '../downloadText';

/** The formats the workshop report downloads in. */
export const REPORT_FORMATS = ['md', 'html', 'docx'] as const;
/** One of {@link REPORT_FORMATS}. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const TYPES: Record<ReportFormat, string> = {
  md: 'text/markdown',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/**
 * Builds the workshop report of `doc` in `lang` with the analysis' findings and downloads it as
 * `format`. The analysis and the renderers load on first use, in chunks of their own.
 */
export async function downloadWorkshopReport(
  doc: ProcessDocument,
  lang: Lang,
  format: ReportFormat,
): Promise<void> {
  const [{ analyze }, sop] = await Promise.all([
    import('@flowsmith/analysis'),
    import('@flowsmith/sop'),
  ]);
  const { findings } = analyze(doc, { lang, suggestions: false });
  const tree = sop.buildWorkshopReport(doc, { lang, findings });
  const data =
    format === 'md'
      ? sop.renderMarkdown(tree)
      : format === 'html'
        ? sop.renderHtml(tree)
        : await sop.renderDocx(tree);
  const name = `${doc.name.replace(/[\\/:*?"<>|]+/g, '_') || 'workshop'}-${lang === 'zh-CN' ? '研讨会报告' : 'workshop-report'}.${format}`;
  downloadBlob(name, new Blob([data as BlobPart], { type: TYPES[format] }));
}
