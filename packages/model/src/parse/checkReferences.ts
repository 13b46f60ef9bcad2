import type { ProblemCollector } from './ProblemCollector';
import type { ProcessReference } from './parseStep';

/**
 * The whole-document checks, once every entry is read: ids unique across roles, calendars, data,
 * steps, flows, risks and kpis; every reference names an id of the right kind; subprocesses do
 * not run their own document and (with `resolveProcess`) name a process that exists.
 */
export function checkReferences(
  c: ProblemCollector,
  documentId: string | undefined,
  processRefs: readonly ProcessReference[],
  resolveProcess: ((id: string) => boolean) | undefined,
): void {
  const first = new Map<string, { path: string; kind: string }>();
  for (const declared of c.ids) {
    const earlier = first.get(declared.id);
    if (earlier) {
      c.report(`${declared.path}.id`, 'id.duplicate', { id: declared.id, firstPath: earlier.path });
    } else first.set(declared.id, declared);
  }
  for (const ref of c.references) {
    if (c.unreadableKinds.has(ref.kind)) continue;
    if (first.get(ref.id)?.kind !== ref.kind) {
      c.report(ref.path, 'reference.missing', { kind: ref.kind, id: ref.id });
    }
  }
  for (const ref of processRefs) {
    if (documentId !== undefined && ref.id === documentId) {
      c.report(ref.path, 'subprocess.self', { id: ref.id });
    } else if (resolveProcess && !resolveProcess(ref.id)) {
      c.report(ref.path, 'reference.missing', { kind: 'process', id: ref.id });
    }
  }
}
