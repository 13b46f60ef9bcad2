import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch } from '../patch/applyPatch';
import { invertPatch } from '../patch/invertPatch';
import type { Patch } from '../patch/patch';
import { squashPatches } from '../patch/squashPatches';
import { gallery, type GalleryName } from '../testing/processes';
import type { ProcessDocument } from '../types/process';
import type { CommandCall } from './commandRegistry';
import { executeCommand } from './executeCommand';
import { copyOf, deepFreeze } from './expectRoundTrip';
import { freshId } from './freshId';

type Pick = number[];
const at = <T>(list: readonly T[] | undefined, n: number): T | undefined =>
  list && list.length ? list[n % list.length] : undefined;

/** A call built from the document's current state and the random numbers `c` (mostly valid). */
function callFor(doc: ProcessDocument, c: Pick): CommandCall | undefined {
  const [k = 0, a = 0, b = 0, d = 0] = c;
  const step = at(doc.steps, a);
  const other = at(doc.steps, b);
  const flow = at(doc.flows, a);
  const role = at(doc.roles, b);
  const names = ['新名字', '<script>x</script>', 'plain', '🚀'];
  switch (k % 22) {
    case 0:
      return { id: 'process.rename', params: { name: `${names[a % 4]}${b}` } };
    case 1:
      return {
        id: 'process.update',
        params: {
          changes: { description: a % 2 ? `d${b}` : null, owner: role && d % 2 ? role.id : null },
        },
      };
    case 2:
      return {
        id: 'step.add',
        params: {
          step: {
            id: freshId(doc, 'step'),
            type: 'task',
            name: `t${a}`,
            ...(role ? { role: role.id } : {}),
          },
          index: d % (doc.steps.length + 1),
        },
      };
    case 3:
      if (!step) return undefined;
      if (step.type === 'task')
        return {
          id: 'step.update',
          params: {
            id: step.id,
            changes: { name: `n${b}`, duration: d % 2 ? { dist: 'fixed', value: b % 10 } : null },
          },
        };
      if (step.type === 'xor' || step.type === 'and')
        return {
          id: 'step.update',
          params: { id: step.id, changes: { type: step.type === 'xor' ? 'and' : 'xor' } },
        };
      return {
        id: 'step.update',
        params: { id: step.id, changes: { description: b % 2 ? `why ${d}` : null } },
      };
    case 4:
      return step && other
        ? {
            id: 'steps.move',
            params: {
              moves: [
                { id: step.id, position: { x: b, y: d } },
                { id: other.id, position: { x: d, y: -b } },
              ],
            },
          }
        : undefined;
    case 5:
      return step
        ? { id: 'steps.remove', params: { ids: d % 2 && other ? [step.id, other.id] : [step.id] } }
        : undefined;
    case 6: {
      const seq = doc.flows.filter(
        (f) =>
          f.from !== f.to &&
          doc.steps.find((s) => s.id === f.from)?.type === 'task' &&
          doc.steps.find((s) => s.id === f.to)?.type === 'task',
      );
      const f = at(seq, a);
      return f ? { id: 'steps.merge', params: { ids: [f.from, f.to] } } : undefined;
    }
    case 7: {
      const roleId = freshId(doc, 'role');
      const stepId = freshId(doc, 'step', [roleId]);
      const flowId = freshId(doc, 'flow', [roleId, stepId]);
      const from = doc.steps.find((s) => s.type !== 'end');
      return {
        id: 'elements.add',
        params: {
          roles: [{ id: roleId, name: 'R' }],
          steps: [{ id: stepId, type: 'task', name: 'S', role: roleId }],
          flows: from ? [{ id: flowId, from: from.id, to: stepId }] : [],
        },
      };
    }
    case 8:
      return step && other
        ? {
            id: 'flow.connect',
            params: {
              id: freshId(doc, 'flow'),
              from: step.id,
              to: other.id,
              ...(d % 3 === 0 ? { condition: `amount > ${b}` } : {}),
            },
          }
        : undefined;
    case 9:
      return flow ? { id: 'flow.disconnect', params: { id: flow.id } } : undefined;
    case 10:
      return flow
        ? {
            id: 'flow.update',
            params: {
              id: flow.id,
              changes: { label: b % 2 ? `l${d}` : null, probability: (d % 11) / 10 },
            },
          }
        : undefined;
    case 11:
      return {
        id: 'role.add',
        params: {
          record: { id: freshId(doc, 'role'), name: names[a % 4]!, capacity: 1 + (b % 3) },
        },
      };
    case 12:
      return role
        ? {
            id: 'role.update',
            params: {
              id: role.id,
              changes: { capacity: 1 + (d % 4), costPerHour: a % 2 ? d : null },
            },
          }
        : undefined;
    case 13: {
      const heir = at(
        doc.roles.filter((r) => r.id !== role?.id),
        d,
      );
      return role
        ? { id: 'role.remove', params: { id: role.id, ...(heir ? { reassignTo: heir.id } : {}) } }
        : undefined;
    }
    case 14: {
      const ids = doc.roles.map((r) => r.id);
      const n = ids.length ? a % ids.length : 0;
      return {
        id: 'roles.reorder',
        params: { order: [...ids.slice(n), ...ids.slice(0, n)].reverse() },
      };
    }
    case 15:
      return {
        id: 'calendar.add',
        params: {
          record: {
            id: freshId(doc, 'cal'),
            week: [{ days: ['mon', 'fri'], from: '08:00', to: '12:00' }],
          },
          index: a,
        },
      };
    case 16: {
      const cal = at(doc.calendars, a);
      return cal
        ? d % 2
          ? { id: 'calendar.remove', params: { id: cal.id } }
          : { id: 'calendar.update', params: { id: cal.id, changes: { name: `c${b}` } } }
        : undefined;
    }
    case 17:
      return { id: 'data.add', params: { record: { id: freshId(doc, 'data'), name: '单据' } } };
    case 18: {
      const data = at(doc.data, a);
      if (!data) return undefined;
      if (d % 2) return { id: 'data.remove', params: { id: data.id } };
      return step?.type === 'task'
        ? { id: 'step.update', params: { id: step.id, changes: { inputs: [data.id] } } }
        : { id: 'data.update', params: { id: data.id, changes: { description: 'x' } } };
    }
    case 19:
      return {
        id: 'risk.add',
        params: {
          record: { id: freshId(doc, 'risk'), name: 'r', ...(step ? { steps: [step.id] } : {}) },
        },
      };
    case 20: {
      const risk = at(doc.risks, a);
      return risk
        ? d % 2
          ? { id: 'risk.remove', params: { id: risk.id } }
          : { id: 'risk.update', params: { id: risk.id, changes: { mitigation: `m${b}` } } }
        : undefined;
    }
    default: {
      const kpi = at(doc.kpis, a);
      if (kpi && d % 2) return { id: 'kpi.remove', params: { id: kpi.id } };
      return kpi
        ? { id: 'kpi.update', params: { id: kpi.id, changes: { target: null } } }
        : {
            id: 'kpi.add',
            params: { record: { id: freshId(doc, 'kpi'), name: 'k', target: '1' } },
          };
    }
  }
}

const names = Object.keys(gallery) as GalleryName[];
const scenario = fc.record({
  name: fc.constantFrom(...names),
  picks: fc.array(fc.array(fc.nat(997), { minLength: 4, maxLength: 4 }), {
    minLength: 5,
    maxLength: 30,
  }),
});

const refusals = new Map<string, number>();

function play(
  start: ProcessDocument,
  picks: Pick[],
): { docs: ProcessDocument[]; patches: Patch[] } {
  const docs = [deepFreeze(copyOf(start))];
  const patches: Patch[] = [];
  for (const pick of picks) {
    const doc = docs.at(-1)!;
    const call = callFor(doc, pick);
    if (!call) continue;
    const result = executeCommand(doc, call);
    if (!result.ok) {
      refusals.set(result.refusal.code, (refusals.get(result.refusal.code) ?? 0) + 1);
      continue;
    }
    patches.push(result.patch);
    docs.push(deepFreeze(result.document));
  }
  return { docs, patches };
}

describe('random command sequences from the gallery', () => {
  it('undo all in reverse gives the original exactly; redo all gives the last', () => {
    let applied = 0;
    fc.assert(
      fc.property(scenario, ({ name, picks }) => {
        const { docs, patches } = play(gallery[name], picks);
        applied += patches.length;
        let doc = docs.at(-1)!;
        for (let i = patches.length - 1; i >= 0; i--) {
          doc = applyPatch(doc, invertPatch(patches[i]!));
          expect(JSON.stringify(doc)).toBe(JSON.stringify(docs[i]));
        }
        expect(doc).toEqual(gallery[name]);
        for (const p of patches) doc = applyPatch(doc, p);
        expect(JSON.stringify(doc)).toBe(JSON.stringify(docs.at(-1)));
      }),
      { numRuns: 150 },
    );
    // The generator must mostly produce valid calls, or the property proves little.
    const refused = [...refusals.values()].reduce((a, b) => a + b, 0);
    expect(applied).toBeGreaterThan(1000);
    expect(applied).toBeGreaterThan(3 * refused);
  });

  it('applying the squashed patch equals applying them one by one, and its inverse undoes it', () => {
    fc.assert(
      fc.property(scenario, ({ name, picks }) => {
        const { docs, patches } = play(gallery[name], picks);
        const squashed = squashPatches(patches);
        const first = docs[0]!;
        const last = docs.at(-1)!;
        const once = applyPatch(first, squashed);
        expect(once).toEqual(last);
        expect(JSON.stringify(once)).toBe(JSON.stringify(last));
        expect(JSON.stringify(applyPatch(last, invertPatch(squashed)))).toBe(JSON.stringify(first));
      }),
      { numRuns: 150 },
    );
  });
});
