import { describe, expect, it } from 'vitest';
import type { ProcessDocument } from '@flowsmith/model';
import { gatewayNameBox } from '@flowsmith/sop';
import { gatewayLabelSides, labelTextWidth } from './gatewayLabelSides';

/** The corner of Prosimos's credit-application demo where the defect showed. */
function creditCorner(extra: ProcessDocument['steps'] = []): ProcessDocument {
  return {
    formatVersion: 1,
    name: 'Credit',
    roles: [{ id: 'officer', name: 'Credit officer' }],
    steps: [
      {
        id: 'assess',
        type: 'task',
        name: 'Assess application',
        role: 'officer',
        position: { x: 770, y: 419 },
      },
      { id: 'decision', type: 'xor', name: 'lending decision?', position: { x: 875, y: 419 } },
      {
        id: 'offer',
        type: 'task',
        name: 'Make credit offer',
        role: 'officer',
        position: { x: 965, y: 355 },
      },
      {
        id: 'reject',
        type: 'task',
        name: 'Notify rejection',
        role: 'officer',
        position: { x: 965, y: 490 },
      },
      ...extra,
    ],
    flows: [
      { id: 'f1', from: 'assess', to: 'decision' },
      { id: 'f2', from: 'decision', to: 'offer', label: 'granted', probability: 0.811 },
      { id: 'f3', from: 'decision', to: 'reject', label: 'denied', probability: 0.189 },
    ],
  } as unknown as ProcessDocument;
}

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('gatewayLabelSides', () => {
  it('keeps a gateway name with room above and to the right where it is (no side given)', () => {
    const doc = creditCorner();
    doc.steps = doc.steps.filter((s) => s.id !== 'offer');
    doc.flows = doc.flows.filter((f) => f.to !== 'offer');
    expect(gatewayLabelSides(doc).size).toBe(0);
  });

  it('moves the name off the task placed right next to the gateway', () => {
    const doc = creditCorner();
    const side = gatewayLabelSides(doc).get('decision');
    expect(side).toBeDefined();
    const gateway = { x: 850, y: 394, width: 50, height: 50 };
    const name = { width: labelTextWidth('lending decision?'), height: 14 };
    const offsets = { shift: 6, gap: -2, side: 4 };
    const offer = { x: 915, y: 315, width: 100, height: 80 };
    // Today's place covers the task; the chosen one covers no step.
    expect(overlaps(gatewayNameBox('above-right', gateway, name, offsets), offer)).toBe(true);
    const box = gatewayNameBox(side!, gateway, name, offsets);
    for (const r of [
      offer,
      { x: 720, y: 379, width: 100, height: 80 },
      { x: 915, y: 450, width: 100, height: 80 },
    ])
      expect(overlaps(box, r)).toBe(false);
  });

  it('is deterministic and follows where the lanes draw the steps', () => {
    const doc = creditCorner();
    expect(gatewayLabelSides(doc)).toEqual(gatewayLabelSides(doc));
    // Drawn 300 px further down, the task no longer sits beside the gateway.
    const drawnAt = (s: ProcessDocument['steps'][number]) =>
      s.id === 'offer' ? { x: 965, y: 655 } : undefined;
    expect(gatewayLabelSides(doc, drawnAt).has('decision')).toBe(false);
  });
});
