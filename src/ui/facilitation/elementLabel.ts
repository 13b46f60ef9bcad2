import type { TFunction } from 'i18next';
import type { ProcessDocument } from '@flowsmith/model';

/** What the element `id` is, in words ("Step: 审批"), for note targets and lists. Pure. */
export function elementLabel(doc: ProcessDocument, id: string | undefined, t: TFunction): string {
  if (id === undefined) return t('facilitation.free');
  const step = doc.steps.find((s) => s.id === id);
  if (step) return t('facilitation.onStep', { name: step.name || step.id });
  const flow = doc.flows.find((f) => f.id === id);
  if (flow) {
    const name = (sid: string) => doc.steps.find((s) => s.id === sid)?.name || sid;
    return t('facilitation.onFlow', { from: name(flow.from), to: name(flow.to) });
  }
  const role = doc.roles.find((r) => r.id === id);
  if (role) return t('facilitation.onLane', { name: role.name || role.id });
  return t('facilitation.removedElement');
}
