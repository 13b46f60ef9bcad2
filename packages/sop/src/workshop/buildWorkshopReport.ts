import type { Finding } from '@flowsmith/analysis';
import {
  WASTE_KINDS,
  rankVotes,
  resolveLang,
  wasteNames,
  type Lang,
  type ProcessDocument,
  type WorkshopNote,
} from '@flowsmith/model';
import type { SopBlock, SopTree } from '../tree';
import { workshopLabels, type WorkshopLabels } from './workshopLabels';

/** Options of {@link buildWorkshopReport}. */
export interface WorkshopReportOptions {
  /** Default: the document's language. */
  lang?: Lang;
  /** The analysis' findings about the document, shown beside the problems on the same steps. */
  findings?: readonly Finding[];
  /** How many of the top-voted problems to list (default 10). */
  top?: number;
}

/** Where a note sits, in words ("step "审批""), or undefined for a free note. Pure. */
function placeOf(doc: ProcessDocument, note: WorkshopNote, l: WorkshopLabels): string | undefined {
  if (note.on === undefined) return undefined;
  const step = doc.steps.find((s) => s.id === note.on);
  if (step) return l.onStep(step.name || step.id);
  const flow = doc.flows.find((f) => f.id === note.on);
  if (flow) {
    const name = (id: string) => doc.steps.find((s) => s.id === id)?.name || id;
    return l.onFlow(name(flow.from), name(flow.to));
  }
  const role = doc.roles.find((r) => r.id === note.on);
  return role ? l.onLane(role.name || role.id) : l.removed;
}

/**
 * The workshop report of `doc` as a document tree (rendered by `renderMarkdown`, `renderHtml`,
 * `renderDocx`): the top-voted problems with the waste tags on them and what the analysis found
 * about the same steps, the waste tags by kind, the open notes and the parking lot. Pure.
 */
export function buildWorkshopReport(
  doc: ProcessDocument,
  options: WorkshopReportOptions = {},
): SopTree {
  const lang = options.lang ?? resolveLang(doc.language);
  const l = workshopLabels(lang);
  const names = wasteNames[lang];
  const stepName = (id: string) => doc.steps.find((s) => s.id === id)?.name || id;
  const notes = doc.notes ?? [];
  const order = new Map(doc.steps.map((s, i) => [s.id, i]));
  const tags = (doc.wasteTags ?? [])
    .filter((t) => order.has(t.step))
    .sort((a, b) => order.get(a.step)! - order.get(b.step)!);
  const open = notes.filter((n) => !n.resolved);
  const votes = doc.votes ?? [];
  const blocks: SopBlock[] = [
    { type: 'heading', level: 1, text: l.title(doc.name) },
    {
      type: 'paragraph',
      text: l.summary({
        participants: new Set(votes.map((v) => v.by)).size,
        votes: votes.length,
        notes: notes.length,
        open: open.length,
      }),
    },
    { type: 'heading', level: 2, text: l.topVoted },
  ];

  const ranked = rankVotes(doc).slice(0, options.top ?? 10);
  if (ranked.length === 0) blocks.push({ type: 'paragraph', text: l.noVotes, tone: 'muted' });
  else {
    const rows = ranked.map((r, i) => {
      const note = r.kind === 'note' ? notes.find((n) => n.id === r.on) : undefined;
      const step = note ? (doc.steps.some((s) => s.id === note.on) ? note.on : undefined) : r.on;
      const problem = note
        ? l.noteProblem(note.text, placeOf(doc, note, l))
        : l.stepProblem(stepName(r.on));
      const wastes = step ? tags.filter((t) => t.step === step).map((t) => names[t.waste]) : [];
      const found = step ? (options.findings ?? []).filter((f) => f.steps.includes(step)) : [];
      return [
        String(i + 1),
        problem,
        String(r.votes),
        r.voters.map((v) => (v.votes > 1 ? `${v.by} ×${v.votes}` : v.by)).join(', '),
        wastes.join(', ') || l.noFindings,
        found.map((f) => `• ${f.message}`).join(' ') || l.noFindings,
      ];
    });
    blocks.push({
      type: 'table',
      header: [l.rank, l.problem, l.votes, l.voters, l.wastes, l.findings],
      rows,
      align: ['right', 'left', 'right', 'left', 'left', 'left'],
      widths: [1, 5, 1, 3, 3, 8],
    });
  }

  blocks.push({ type: 'heading', level: 2, text: l.wasteSummary });
  const byWaste = WASTE_KINDS.map((w) => [w, tags.filter((t) => t.waste === w)] as const).filter(
    ([, list]) => list.length > 0,
  );
  if (byWaste.length === 0) blocks.push({ type: 'paragraph', text: l.noWastes, tone: 'muted' });
  else
    blocks.push({
      type: 'table',
      header: [l.waste, l.count, l.steps],
      rows: byWaste.map(([w, list]) => [
        names[w],
        String(list.length),
        list.map((t) => stepName(t.step)).join(', '),
      ]),
      align: ['left', 'right', 'left'],
    });

  blocks.push({ type: 'heading', level: 2, text: l.openNotes });
  if (open.length === 0) blocks.push({ type: 'paragraph', text: l.noOpenNotes, tone: 'muted' });
  else
    blocks.push({
      type: 'table',
      header: [l.where, l.note, l.author, l.written],
      rows: open.map((n) => [
        placeOf(doc, n, l) ?? l.free,
        n.text,
        n.author ?? '',
        n.createdAt ? n.createdAt.slice(0, 16).replace('T', ' ') : '',
      ]),
    });
  const resolved = notes.length - open.length;
  if (resolved > 0)
    blocks.push({ type: 'paragraph', text: l.resolvedCount(resolved), tone: 'muted' });

  blocks.push({ type: 'heading', level: 2, text: l.parkingLot });
  const parked = doc.parkingLot ?? [];
  if (parked.length === 0) blocks.push({ type: 'paragraph', text: l.noParking, tone: 'muted' });
  else
    blocks.push({
      type: 'list',
      ordered: false,
      items: parked.map((p) =>
        [p.text, p.author ? `(${p.author})` : '', p.done ? `✓ ${l.done}` : '']
          .filter(Boolean)
          .join(' '),
      ),
    });
  return { kind: 'workshop', lang, title: l.title(doc.name), blocks };
}
