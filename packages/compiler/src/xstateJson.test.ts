import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActor, createMachine } from 'xstate';
import { parseProcess, type ProcessDocument } from '@flowsmith/model';
import { emitMachineConfig } from './emitMachineConfig';
import { machineFromConfig } from './machineFromConfig';

const examplesDir = new URL('../../../examples/', import.meta.url);
const examples: Array<[string, ProcessDocument]> = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.flow.json'))
  .sort()
  .map((f) => {
    const r = parseProcess(JSON.parse(readFileSync(new URL(f, examplesDir), 'utf8')));
    if (!r.ok) throw new Error(`${f} is not valid`);
    return [f, r.document];
  });

interface Node {
  meta?: unknown;
  description?: string;
  states: Record<string, Node>;
}

/** Every state node under `node`, itself included. */
const stateNodes = (node: Node): Node[] => [
  node,
  ...Object.values(node.states).flatMap((n) => stateNodes(n)),
];

describe('CM-JSON the xstate-json target', () => {
  it.each(examples)(
    'CM-JSON %s: the JSON text loads in xstate createMachine, with readable names (CM-META)',
    (_file, doc) => {
      const json: unknown = JSON.parse(JSON.stringify(emitMachineConfig(doc)));
      const machine = createMachine(json as Parameters<typeof createMachine>[0]);
      for (const step of doc.steps) {
        const node = stateNodes(machine.root).find(
          (n: Node) => (n.meta as { stepId?: string } | undefined)?.stepId === step.id,
        );
        expect(node, step.id).toBeDefined();
        // Stately's inspector shows the description: the step's name (and its description).
        expect(node!.description?.startsWith(step.name)).toBe(true);
        expect((node!.meta as { name: string }).name).toBe(step.name);
      }
      // The ids stay the state keys (CM-KEY).
      expect(Object.keys(machine.root.states)).toContain(
        doc.steps.find((s) => s.type === 'start')!.id,
      );
    },
  );

  it('CM-JSON the same JSON with the implementations runs a case (machineFromConfig)', () => {
    const doc = examples.find(([f]) => f === 'purchase-approval-to-be.flow.json')![1];
    const json = JSON.parse(JSON.stringify(emitMachineConfig(doc)));
    const actor = createActor(machineFromConfig(json), { input: { data: { amount: 1 } } }).start();
    expect(actor.getSnapshot().value).toBe('fillPr');
    const meta: Record<string, unknown> = actor.getSnapshot().getMeta();
    expect(meta['purchase-approval-to-be.fillPr']).toMatchObject({
      name: '在线填写采购申请',
    });
  });
});
