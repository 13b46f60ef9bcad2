import type { SopBlock } from '../tree';
import type { SopContext } from '../sopContext';

/**
 * Purpose (the description, or a sentence naming the process) and scope (where a case begins and
 * ends, and the roles involved). Pure.
 */
export function purposeSections(ctx: SopContext): SopBlock[] {
  const { doc, t } = ctx;
  const names = (type: 'start' | 'end') =>
    t.list(doc.steps.filter((s) => s.type === type).map((s) => s.name)) || t.none;
  const roles = t.list(doc.roles.map((r) => r.name)) || t.none;
  const purpose = doc.description?.trim() ? doc.description.trim() : t.purposeDefault(doc.name);
  return [
    { type: 'heading', level: 2, text: t.sections.purpose },
    ...purpose.split(/\n\s*\n/).map((text): SopBlock => ({ type: 'paragraph', text: text.trim() })),
    { type: 'heading', level: 2, text: t.sections.scope },
    { type: 'paragraph', text: t.scopeText(names('start'), names('end'), roles) },
  ];
}
