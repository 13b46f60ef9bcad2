import type { Step } from '@flowsmith/model';
import { isA, list, one, str, type El } from '../moddle';
import type { ImportContext } from './ImportContext';

/**
 * Text annotations linked to a step are appended to its description; other artifacts (groups,
 * unlinked annotations, associations to left-out elements) are reported as left out.
 */
export function readAnnotations(container: El, nodes: Map<El, Step>, ctx: ImportContext): void {
  const artifacts = list(container, 'artifacts');
  const used = new Set<El>();
  for (const a of artifacts) {
    if (!isA(a, 'bpmn:Association')) continue;
    const ends = [one(a, 'sourceRef'), one(a, 'targetRef')];
    const note = ends.find((e) => e && isA(e, 'bpmn:TextAnnotation'));
    const step = ends.map((e) => (e ? nodes.get(e) : undefined)).find((s) => s !== undefined);
    const text = (note && str(note, 'text')) ?? '';
    if (!note || !step || text === '') continue;
    step.description = step.description ? `${step.description}\n\n${text}` : text;
    used.add(note);
    used.add(a);
  }
  for (const a of artifacts) if (!used.has(a)) ctx.warn('element-left-out', ctx.about(a), a);
}
