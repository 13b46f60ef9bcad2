import type { SopBlock } from '../tree';
import type { SopContext } from '../sopContext';
import { departments } from './coverSection';

/**
 * Purpose (the description, or a sentence naming the process) and scope (where a case begins and
 * ends, the roles involved and the departments it applies to). Pure.
 */
export function purposeSections(ctx: SopContext): SopBlock[] {
  const { doc, t, labels } = ctx;
  const applies = t.list(departments(ctx));
  const names = (type: 'start' | 'end') =>
    t.list(doc.steps.filter((s) => s.type === type).map((s) => s.name)) || t.none;
  const roles = t.list(doc.roles.map((r) => r.name)) || t.none;
  const purpose = doc.description?.trim() ? doc.description.trim() : t.purposeDefault(doc.name);
  return [
    { type: 'heading', level: 2, text: labels.sections.purpose },
    ...purpose.split(/\n\s*\n/).map((text): SopBlock => ({ type: 'paragraph', text: text.trim() })),
    { type: 'heading', level: 2, text: labels.sections.scope },
    { type: 'paragraph', text: t.scopeText(names('start'), names('end'), roles) },
    ...(applies ? [{ type: 'paragraph', text: labels.appliesTo(applies) } as SopBlock] : []),
  ];
}
