import type { SopBlock } from '../tree';
import type { SopContext } from '../sopContext';

/** 定义: the terms the process defines, as a table (or a sentence that there are none). Pure. */
export function definitionsSection(ctx: SopContext): SopBlock[] {
  const { labels: l } = ctx;
  const terms = (ctx.doc.definitions ?? []).filter((d) => d.term.trim());
  return [
    { type: 'heading', level: 2, text: l.sections.definitions },
    terms.length === 0
      ? { type: 'paragraph', text: l.noDefinitions }
      : {
          type: 'table',
          header: [l.term, l.meaning],
          rows: terms.map((d) => [d.term, d.meaning]),
          widths: [1, 4],
        },
  ];
}

/** 相关文件: the documents the process refers to, number and title. Pure. */
export function relatedDocumentsSection(ctx: SopContext): SopBlock[] {
  const { labels: l, t } = ctx;
  const related = (ctx.doc.relatedDocuments ?? []).filter((d) => d.title.trim());
  return [
    { type: 'heading', level: 2, text: l.sections.related },
    related.length === 0
      ? { type: 'paragraph', text: l.noRelated }
      : {
          type: 'table',
          header: [l.relatedNumber, l.relatedTitle],
          rows: related.map((d) => [d.number?.trim() || t.none, d.title]),
          widths: [1.4, 4],
        },
  ];
}
