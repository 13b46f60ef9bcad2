import type { Position, ProcessDocument } from '@flowsmith/model';
import type { FlowEnds, FlowRoute, LabelSize, Rect } from '@flowsmith/layout';

/** A request sent to the layout worker: lay out a document, or route flows around step boxes. */
export type LayoutRequest =
  | {
      id: number;
      kind?: 'layout';
      doc: ProcessDocument;
      orientation?: 'horizontal' | 'vertical';
      only?: string[];
      /** Route the flows as well (default true). */
      routes?: boolean;
    }
  | {
      id: number;
      kind: 'route';
      /** Step boxes as drawn (`laneGeometry` placements). */
      boxes: Map<string, Rect>;
      flows: FlowEnds[];
      orientation: 'horizontal' | 'vertical';
      labels?: Map<string, LabelSize>;
    };

/** The worker's answer to request `id`: step centres and flow routes, or what went wrong. */
export type LayoutResponse =
  | {
      id: number;
      ok: true;
      positions: Record<string, Position>;
      routes: Map<string, FlowRoute>;
    }
  | { id: number; ok: false; message: string };
