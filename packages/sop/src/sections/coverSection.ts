import type { Revision } from '@flowsmith/model';
import type { SopBlock } from '../tree';
import type { SopContext } from '../sopContext';

/** What the cover and the running header say about the document: number, version, date. */
export interface DocumentControlText {
  number: string;
  version: string;
  effectiveDate: string;
}

/**
 * The document number, version and effective date as printed: `documentControl` first; the
 * version and date fall back on the latest revision (version `1.0` without one), an explicit
 * `effectiveDate` option wins. A missing number stays blank (`—`), never the process id. Pure.
 */
export function documentControlText(
  ctx: SopContext,
  effectiveDate: string | undefined,
): DocumentControlText {
  const dc = ctx.doc.documentControl;
  const latest = latestRevision(ctx.doc.revisions ?? []);
  return {
    number: dc?.number?.trim() || ctx.t.none,
    version: dc?.version?.trim() || latest?.version || '1.0',
    effectiveDate: effectiveDate ?? dc?.effectiveDate ?? latest?.date ?? ctx.t.none,
  };
}

/**
 * The cover: title, the document-control grid (文件编号, 版本, 生效日期, 编制部门, 流程负责人,
 * 适用部门) and the approval table 编制/审核/批准 with the names from `documentControl` and
 * blanks to sign and date. The process owner is the role `owner` names (with its department),
 * never guessed. Pure.
 */
export function coverSection(ctx: SopContext, control: DocumentControlText): SopBlock[] {
  const { doc, t, labels: l } = ctx;
  const dc = doc.documentControl;
  const owner = doc.roles.find((r) => r.id === doc.owner);
  const ownerText = owner
    ? `${owner.name}${owner.department ? `${ctx.lang === 'zh-CN' ? '（' : ' ('}${owner.department}${ctx.lang === 'zh-CN' ? '）' : ')'}` : ''}`
    : doc.owner || t.none;
  return [
    { type: 'heading', level: 1, text: t.sopTitle(doc.name) },
    {
      type: 'table',
      caption: l.documentControl,
      header: [l.documentNumber, control.number, l.version, control.version],
      rows: [
        [
          l.effectiveDate,
          control.effectiveDate,
          l.preparingDepartment,
          dc?.preparingDepartment?.trim() || owner?.department || t.none,
        ],
        [l.owner, ownerText, l.departments, t.list(departments(ctx)) || t.none],
      ],
      widths: [1.2, 2, 1.2, 2],
    },
    {
      type: 'table',
      caption: l.approval,
      header: ['', t.preparedBy, t.reviewedBy, t.approvedBy],
      rows: [
        [l.nameOrPost, dc?.preparedBy ?? '', dc?.reviewedBy ?? '', dc?.approvedBy ?? ''],
        [l.signature, '', '', ''],
        [l.date, '', '', ''],
      ],
      widths: [1.2, 2, 2, 2],
    },
  ];
}

/**
 * 适用部门: `documentControl.departments`, else the departments of the process's roles (people
 * only), in role order. Pure.
 */
export function departments(ctx: SopContext): string[] {
  const given = (ctx.doc.documentControl?.departments ?? []).filter((d) => d.trim());
  if (given.length > 0) return given;
  const found: string[] = [];
  for (const role of ctx.doc.roles) {
    const d = role.department?.trim();
    if (d && (role.kind ?? 'person') === 'person' && !found.includes(d)) found.push(d);
  }
  return found;
}

/** The latest revision: the greatest date, the later entry on a tie. */
function latestRevision(revisions: readonly Revision[]): Revision | undefined {
  let latest = revisions[0];
  for (const r of revisions) if (latest && r.date >= latest.date) latest = r;
  return latest;
}
