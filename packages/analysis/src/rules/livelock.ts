import type { Rule } from '../ruleContext';
import type { Finding } from '../types';

/**
 * `livelock` (error): a loop no case can leave — no flow leads out of it, or only flows with
 * probability 0 do.
 */
export const livelock: Rule = {
  id: 'livelock',
  kinds: ['livelock'],
  check(ctx) {
    const { blocks, model, graph } = ctx.figures;
    const found: Finding[] = [];
    for (let k = 0; k < blocks.blocks.length; k++) {
      if (!blocks.cyclic[k]) continue;
      const members = blocks.blocks[k]!;
      const exits = members.some(
        (i) =>
          graph.steps[i]!.type === 'end' ||
          model.out[i]!.length === 0 ||
          model.out[i]!.some((a) => blocks.blockOf[a.to] !== k && a.weight > 0),
      );
      if (exits) continue;
      const ids = members.map((i) => graph.steps[i]!.id);
      found.push(
        ctx.finding(
          'livelock',
          'error',
          'livelock',
          { names: ids.map((id) => ctx.name(id)) },
          { steps: ids },
        ),
      );
    }
    return found;
  },
};
