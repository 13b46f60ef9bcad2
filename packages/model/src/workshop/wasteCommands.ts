import { defineCommand } from '../commands/command';
import { checkNewId, findRecord, recordsOf } from '../commands/documentIds';
import { recordEntry } from '../commands/recordEntry';
import { refusal } from '../messages/commandMessages';
import { WASTE_KINDS, type WasteKind } from '../types/workshop';
import { appendPatch } from './workshopPatch';

/** Parameters of `waste.tag`: the tag's id (see `wasteTagId`), the step, the waste, who tagged it. */
export interface WasteTagParams {
  id: string;
  step: string;
  waste: WasteKind;
  author?: string;
}

/** `waste.tag`: names one of the eight wastes or a pain point on a step. */
export const wasteTag = defineCommand({
  id: 'waste.tag',
  canExecute(doc, params: WasteTagParams, lang) {
    if (!findRecord(doc, 'steps', params.step)) {
      return refusal('step.unknown', { id: String(params.step) }, lang);
    }
    if (!WASTE_KINDS.includes(params.waste)) {
      return refusal('waste.kind', { waste: String(params.waste) }, lang);
    }
    const tagged = recordsOf(doc, 'wasteTags').some(
      (t) => t.step === params.step && t.waste === params.waste,
    );
    if (tagged) return refusal('waste.tagged', { step: params.step, waste: params.waste }, lang);
    if (params.author !== undefined && typeof params.author !== 'string') {
      return refusal('value.invalid', { id: params.id, field: 'author' }, lang);
    }
    return checkNewId(doc, params.id, lang);
  },
  execute: (doc, { id, step, waste, author }) =>
    appendPatch(doc, 'wasteTags', { id, step, waste, ...(author !== undefined && { author }) }),
});

/** `waste.untag`: takes a waste or pain point off a step. */
export const wasteUntag = defineCommand({
  id: 'waste.untag',
  canExecute(doc, { step, waste }: { step: string; waste: WasteKind }, lang) {
    const tagged = recordsOf(doc, 'wasteTags').some((t) => t.step === step && t.waste === waste);
    return tagged ? null : refusal('waste.notTagged', { step, waste }, lang);
  },
  execute(doc, { step, waste }) {
    const tags = recordsOf(doc, 'wasteTags');
    const index = tags.findIndex((t) => t.step === step && t.waste === waste);
    return { added: [], updated: [], removed: [recordEntry('wasteTags', index, tags[index]!)] };
  },
});
