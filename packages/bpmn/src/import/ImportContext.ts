import type { Lang, Position, ProcessDocument, Step } from '@flowsmith/model';
import { IdAllocator } from '../IdAllocator';
import { warningText, type WarningCode, type WarningParams } from '../messages';
import { list, one, str, type El } from '../moddle';
import type { BpmnWarning } from '../types';

/** A shape's bounds in the diagram: top-left corner and size. */
export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
  /** A pool or lane drawn top-down (`isHorizontal="false"`). */
  vertical?: boolean;
}

/**
 * The state of one import: warnings in the chosen language, ids handed out so far, the diagram's
 * shapes and the documents produced (children are added as they are read).
 */
export class ImportContext {
  readonly warnings: BpmnWarning[] = [];
  readonly documents: ProcessDocument[] = [];
  readonly elementIds = new IdAllocator('flowsmith');
  readonly documentIds = new IdAllocator('flowsmith');
  /** The call activities read so far, with whether Flowsmith wrote them (they carry its record). */
  readonly calls: Array<{ step: Step & { type: 'subprocess' }; el: El; byFlowsmith: boolean }> = [];
  /** The Flowsmith id given to each BPMN id read so far (simulation data names BPMN ids). */
  readonly flowsmithIdOf = new Map<string, string>();
  private readonly idOf = new Map<El, string>();

  constructor(
    readonly lang: Lang | undefined,
    readonly shapes: Map<El, Bounds>,
  ) {}

  /** Records a warning about `el` (id and type taken from it). */
  warn<C extends WarningCode>(code: C, params: WarningParams[C], el?: El): void {
    const w: BpmnWarning = { code, message: warningText(code, params, this.lang) };
    if (el && typeof el.id === 'string') w.elementId = el.id;
    if (el) w.elementType = el.$type;
    this.warnings.push(w);
  }

  /** The parameters most warnings need: the element's id and type. */
  about(el: El): { id: string; type: string } {
    return { id: str(el, 'id') ?? '?', type: el.$type };
  }

  /**
   * The Flowsmith id of a BPMN element, the same on every call: `preferred` (the id saved in a
   * Flowsmith extension) when valid and free, else the element's own id made valid and unique.
   */
  idFor(el: El, preferred?: unknown): string {
    const known = this.idOf.get(el);
    if (known !== undefined) return known;
    const bpmnId = str(el, 'id');
    let id: string;
    if (
      typeof preferred === 'string' &&
      /^[A-Za-z0-9_.-]+$/.test(preferred) &&
      !this.elementIds.has(preferred)
    ) {
      id = preferred;
      this.elementIds.reserve(id);
    } else {
      id = this.elementIds.allocate(bpmnId, el.$type.replace(/^bpmn:/, '').toLowerCase());
      if (bpmnId !== undefined && id !== bpmnId)
        this.warn('id-renamed', { ...this.about(el), to: id }, el);
    }
    this.idOf.set(el, id);
    if (bpmnId !== undefined) this.flowsmithIdOf.set(bpmnId, id);
    return id;
  }

  /** The centre of an element's shape in the diagram, if it has one. */
  centreOf(el: El): Position | undefined {
    const b = this.shapes.get(el);
    return b ? { x: b.x + b.width / 2, y: b.y + b.height / 2 } : undefined;
  }
}

/** Collects every diagram shape's bounds by the element it shows. */
export function collectShapes(definitions: El): Map<El, Bounds> {
  const shapes = new Map<El, Bounds>();
  for (const diagram of list(definitions, 'diagrams')) {
    const plane = one(diagram, 'plane');
    for (const de of plane ? list(plane, 'planeElement') : []) {
      const target = one(de, 'bpmnElement');
      const b = one(de, 'bounds');
      if (!target || !b || shapes.has(target)) continue;
      const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((k) => Number(b[k]));
      if (![x, y, width, height].every((n) => Number.isFinite(n))) continue;
      const bounds: Bounds = { x: x!, y: y!, width: width!, height: height! };
      if (de.isHorizontal === false) bounds.vertical = true;
      shapes.set(target, bounds);
    }
  }
  return shapes;
}
