import { documentLabels } from '../documentLabels';
import type { SopBlock, SopTree } from '../tree';
import type { ReportBlock, ReportTree } from './reportTree';

/**
 * The comparison report as the document tree every SOP renderer reads, so HTML, PDF and DOCX get
 * the same typography, running header and "Page X of Y" as the SOP: the coloured change list
 * becomes a table (#, change, reason). Pure.
 */
export function reportToSopTree(tree: ReportTree): SopTree {
  return {
    kind: 'comparison',
    lang: tree.lang,
    title: tree.title,
    blocks: tree.blocks.map(toSopBlock),
    furniture: {
      title: tree.title,
      ...(tree.control ? { control: tree.control } : {}),
      pageOf: documentLabels[tree.lang].pageOf,
    },
  };
}

function toSopBlock(block: ReportBlock): SopBlock {
  switch (block.type) {
    case 'changes':
      return {
        type: 'table',
        header: [...block.header],
        rows: block.items.map((c) => [c.group, c.lines.join('\n'), c.rationale]),
        widths: [8, 57, 35],
      };
    default:
      return block;
  }
}
