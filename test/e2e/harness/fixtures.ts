/** Small documents the end-to-end tests open as files. */
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A valid process with two lanes, an xor and Chinese names. */
export const purchase = {
  format: 'flowsmith.process',
  version: 1,
  id: 'purchase',
  name: '采购审批',
  roles: [
    { id: 'clerk', name: '采购专员' },
    { id: 'manager', name: '经理' },
  ],
  steps: [
    { id: 's', type: 'start', name: '开始', position: { x: 100, y: 80 } },
    {
      id: 'a',
      type: 'task',
      name: '填写采购单',
      role: 'clerk',
      position: { x: 240, y: 80 },
      duration: { dist: 'triangular', min: 10, mode: 15, max: 30 },
    },
    { id: 'g', type: 'xor', name: '金额?', position: { x: 390, y: 80 } },
    {
      id: 'b',
      type: 'task',
      name: '经理审批',
      role: 'manager',
      kind: 'approval',
      position: { x: 540, y: 240 },
    },
    { id: 'e', type: 'end', name: '结束', position: { x: 700, y: 80 } },
  ],
  flows: [
    { id: 'f1', from: 's', to: 'a' },
    { id: 'f2', from: 'a', to: 'g' },
    { id: 'f3', from: 'g', to: 'b', label: '> 5万', probability: 0.3, condition: 'amount > 50000' },
    { id: 'f4', from: 'g', to: 'e', label: '≤ 5万', probability: 0.7 },
    { id: 'f5', from: 'b', to: 'e' },
  ],
};

/** A file that breaks FORMAT.md in several places. */
export const broken = {
  format: 'flowsmith.process',
  version: 1,
  id: 'bad id!',
  name: '',
  roles: [],
  steps: [{ id: 'a', type: 'task', name: 'A', role: 'nobody' }],
  flows: [{ id: 'f1', from: 'a', to: 'missing' }],
};

/** Writes `value` as JSON (or text) into a fresh temporary directory; returns the path. */
export async function writeTemp(name: string, value: unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'flowsmith-e2e-'));
  const path = join(dir, name);
  await writeFile(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return path;
}
