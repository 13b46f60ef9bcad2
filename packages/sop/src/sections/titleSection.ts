import type { SopBlock } from '../tree';
import type { SopContext } from '../sopContext';

/**
 * The title block: name, id, version (latest revision, or 1.0), owner, effective date, then the
 * approval line (prepared / reviewed / approved by) with blanks to sign. Pure.
 */
export function titleSection(ctx: SopContext, effectiveDate: string | undefined): SopBlock[] {
  const { doc, t } = ctx;
  const latest = latestRevision(ctx);
  return [
    { type: 'heading', level: 1, text: t.sopTitle(doc.name) },
    {
      type: 'table',
      caption: t.sections.title,
      header: [t.processName, doc.name],
      rows: [
        [t.processId, doc.id],
        [t.version, latest?.version ?? '1.0'],
        [t.owner, doc.owner ? ctx.roleName(doc.owner) : t.none],
        [t.effectiveDate, effectiveDate ?? latest?.date ?? t.none],
      ],
    },
    {
      type: 'table',
      caption: t.approval,
      header: ['', t.preparedBy, t.reviewedBy, t.approvedBy],
      rows: [
        [t.signature, '', '', ''],
        [t.date, '', '', ''],
      ],
    },
  ];
}

/** The latest revision: the greatest date, the later entry on a tie. */
function latestRevision(ctx: SopContext) {
  const revisions = ctx.doc.revisions ?? [];
  let latest = revisions[0];
  for (const r of revisions) if (latest && r.date >= latest.date) latest = r;
  return latest;
}
