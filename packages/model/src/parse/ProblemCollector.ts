import type { Lang } from '../messages/lang';
import {
  parseMessages,
  type ParseCode,
  type ParseMessageParams,
  type ReferenceKind,
} from '../messages/parseMessages';
import type { Problem } from './parseResult';

/** A reference found while reading, resolved once every id of the document is known. */
export interface PendingReference {
  path: string;
  kind: Exclude<ReferenceKind, 'process'>;
  id: string;
}

/** An id declared by an entry of the document, with where it was declared. */
export interface DeclaredId {
  path: string;
  kind: 'role' | 'calendar' | 'data' | 'step' | 'flow' | 'risk' | 'kpi' | 'workshop';
  id: string;
}

/**
 * Gathers the problems of one parse, in the order found, with their messages rendered in one
 * language; also the ids declared and the references made, for the checks that need the whole
 * document. Lives for one call of `parseProcess`.
 */
export class ProblemCollector {
  readonly problems: Problem[] = [];
  readonly references: PendingReference[] = [];
  readonly ids: DeclaredId[] = [];
  /** Kinds whose list could not be read: references to them are not checked (no cascade). */
  readonly unreadableKinds = new Set<PendingReference['kind']>();

  constructor(readonly lang: Lang) {}

  /** Records problem `code` at `path`. */
  report<C extends ParseCode>(path: string, code: C, params: ParseMessageParams[C]): void {
    this.problems.push({ path, code, message: parseMessages[code][this.lang](params) });
  }
}
