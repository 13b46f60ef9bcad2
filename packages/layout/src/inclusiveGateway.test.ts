import { describe, expect, it } from 'vitest';
import { build, type ProcessDocument } from '@flowsmith/model';
import { checkDrawing, drawingOf } from './checkDrawing';
import { laneGeometry } from './laneGeometry';
import { layoutProcess } from './layoutProcess';
import { stepSize } from './stepSize';

/** An or split into three lanes, its join, and a terminate end beside the normal one. */
function orProcess(): ProcessDocument {
  const { processOf, start, end, task, flow, role } = build;
  return processOf('orLanes', {
    roles: [role('clerk'), role('expert'), role('surveyor')],
    steps: [
      start('start'),
      task('register', 'clerk', 5),
      { id: 'checks', type: 'or', name: 'checks' },
      task('medical', 'expert', 5),
      task('survey', 'surveyor', 5),
      task('docs', 'clerk', 5),
      { id: 'checked', type: 'or', name: 'checked' },
      task('decide', 'clerk', 5),
      build.gate('ok', 'xor'),
      { id: 'stopped', type: 'end', name: 'stopped', terminate: true },
      end('end'),
    ],
    flows: [
      flow('start', 'register'),
      flow('register', 'checks'),
      flow('checks', 'medical', { condition: 'injury' }),
      flow('checks', 'survey', { condition: 'amount > 5' }),
      flow('checks', 'docs', { default: true }),
      flow('medical', 'checked'),
      flow('survey', 'checked'),
      flow('docs', 'checked'),
      flow('checked', 'decide'),
      flow('decide', 'ok'),
      flow('ok', 'stopped', { condition: 'fraud' }),
      flow('ok', 'end', { default: true }),
    ],
  });
}

describe('inclusive (or) gateways in a layout', () => {
  it('an or gateway has the size of the other gateways', () => {
    expect(stepSize({ type: 'or' })).toEqual(stepSize({ type: 'xor' }));
    expect(stepSize({ type: 'or' })).toEqual({ width: 50, height: 50 });
  });

  it('ELK layers an or split before its branches and its join after them; the drawing keeps the rules', async () => {
    const doc = orProcess();
    const r = await layoutProcess(doc);
    const x = (id: string) => r.positions[id]!.x;
    for (const branch of ['medical', 'survey', 'docs']) {
      expect(x('checks')).toBeLessThan(x(branch));
      expect(x(branch)).toBeLessThan(x('checked'));
    }
    expect(x('checked')).toBeLessThan(x('decide'));
    const geometry = laneGeometry(doc, { positions: r.positions });
    expect(geometry.placements.get('checks')).toMatchObject({ width: 50, height: 50 });
    expect(checkDrawing(drawingOf(geometry, doc.flows, r.routes))).toEqual([]);
  });
});
