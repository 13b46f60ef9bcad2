import type { Position, ProcessDocument } from '@flowsmith/model';

/** A layout request sent to the layout worker. */
export interface LayoutRequest {
  id: number;
  doc: ProcessDocument;
  orientation?: 'horizontal' | 'vertical';
  only?: string[];
}

/** The worker's answer to request `id`: step centres, or what went wrong. */
export type LayoutResponse =
  | { id: number; ok: true; positions: Record<string, Position> }
  | { id: number; ok: false; message: string };
