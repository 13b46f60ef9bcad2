/**
 * Copy, paste and duplicate of steps. Copying takes the selected steps and the flows between
 * them; pasting gives every step and flow a fresh id (flows follow their steps' new ids), moves
 * the copy by an offset and adds it with one `elements.add` call, so a paste is one undo step.
 * Pure functions; the clipboard text format is JSON marked `flowsmith.fragment`.
 */
import {
  freshId,
  type CommandCall,
  type Flow,
  type ProcessDocument,
  type Step,
} from '@flowsmith/model';
import type { Selection } from './editorState';

/** What is on the clipboard: steps and the flows among them. */
export interface Fragment {
  format: 'flowsmith.fragment';
  steps: Step[];
  flows: Flow[];
}

/** The selected steps and the flows whose both ends are selected. Pure. */
export function copySelection(doc: ProcessDocument, selection: Selection): Fragment | null {
  const ids = new Set(selection.steps);
  const steps = doc.steps.filter((s) => ids.has(s.id));
  if (steps.length === 0) return null;
  const flows = doc.flows.filter((f) => ids.has(f.from) && ids.has(f.to));
  return { format: 'flowsmith.fragment', steps, flows };
}

/** Reads a fragment from clipboard text; null if the text is something else. Pure. */
export function parseFragment(text: string): Fragment | null {
  try {
    const value = JSON.parse(text) as Partial<Fragment> | null;
    if (
      !value ||
      value.format !== 'flowsmith.fragment' ||
      !Array.isArray(value.steps) ||
      !Array.isArray(value.flows)
    )
      return null;
    return value as Fragment;
  } catch {
    return null;
  }
}

/**
 * The call that pastes `fragment` into `doc`, moved by `offset`, and the new step ids (to
 * select them). Roles the document does not have are dropped from pasted tasks. Pure.
 */
export function pasteCall(
  doc: ProcessDocument,
  fragment: Fragment,
  offset: { x: number; y: number },
): { call: CommandCall; stepIds: string[] } {
  const reserved: string[] = [];
  const idMap = new Map<string, string>();
  const roles = new Set(doc.roles.map((r) => r.id));
  const prefixOf = (id: string, fallback: string) => {
    const m = /^(.*?)-\d+$/.exec(id);
    const base = m ? m[1]! : id;
    return /^[A-Za-z0-9_.-]+$/.test(base) && base.length > 0 ? base : fallback;
  };
  const steps: Step[] = fragment.steps.map((s) => {
    const id = freshId(doc, prefixOf(s.id, 'step'), reserved);
    reserved.push(id);
    idMap.set(s.id, id);
    const copy = { ...s, id } as Step;
    if (s.position) copy.position = { x: s.position.x + offset.x, y: s.position.y + offset.y };
    if (copy.type === 'task' && copy.role !== undefined && !roles.has(copy.role)) delete copy.role;
    return copy;
  });
  const flows: Flow[] = [];
  for (const f of fragment.flows) {
    const from = idMap.get(f.from);
    const to = idMap.get(f.to);
    if (!from || !to) continue;
    const id = freshId(doc, prefixOf(f.id, 'flow'), reserved);
    reserved.push(id);
    flows.push({ ...f, id, from, to });
  }
  return {
    call: { id: 'elements.add', params: { steps, flows } },
    stepIds: steps.map((s) => s.id),
  };
}

/** The calls that delete the selection: steps (with their flows) and the other selected flows. Pure. */
export function deleteCalls(doc: ProcessDocument, selection: Selection): CommandCall[] {
  const calls: CommandCall[] = [];
  const steps = new Set(selection.steps);
  if (steps.size) calls.push({ id: 'steps.remove', params: { ids: [...steps] } });
  for (const id of selection.flows) {
    const flow = doc.flows.find((f) => f.id === id);
    if (flow && !steps.has(flow.from) && !steps.has(flow.to))
      calls.push({ id: 'flow.disconnect', params: { id } });
  }
  return calls;
}
