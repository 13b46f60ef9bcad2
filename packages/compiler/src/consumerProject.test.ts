/// <reference types="node" />
/**
 * The emitted machine in a developer's own project (SPEC.md CM-TS-TYPES): the purchase-approval
 * module is written into a scratch project beside the files in `test/consumer/` (a strict
 * tsconfig, a consumer file, the Node service docs/compiler.md shows); the workspace's `tsc`
 * checks it once, and the service is started and driven through a case over HTTP.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseProcess } from '@flowsmith/model';
import { emitTypeScript } from './emitTypeScript';

const packageDir = fileURLToPath(new URL('../', import.meta.url));
const require = createRequire(import.meta.url);
let project: string;

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'flowsmith-consumer-'));
  cpSync(join(packageDir, 'test/consumer'), project, { recursive: true });
  writeFileSync(join(project, 'package.json'), '{ "type": "module", "private": true }\n');
  // An installed @flowsmith/compiler gives its build; the workspace's tests read its source.
  const tsconfig = JSON.parse(readFileSync(join(project, 'tsconfig.json'), 'utf8'));
  tsconfig.compilerOptions.customConditions = ['@flowsmith/source'];
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  const doc = parseProcess(
    JSON.parse(
      readFileSync(
        new URL('../../../examples/purchase-approval-to-be.flow.json', import.meta.url),
        'utf8',
      ),
    ),
  );
  if (!doc.ok) throw new Error('the example does not parse');
  writeFileSync(join(project, 'purchase.machine.ts'), emitTypeScript(doc.document));
  // The project's dependencies, as an install would give them: xstate, the compiler (its runtime), Node's types.
  const modules = join(project, 'node_modules');
  mkdirSync(join(modules, '@flowsmith'), { recursive: true });
  mkdirSync(join(modules, '@types'), { recursive: true });
  symlinkSync(join(packageDir, 'node_modules/xstate'), join(modules, 'xstate'), 'dir');
  symlinkSync(packageDir, join(modules, '@flowsmith/compiler'), 'dir');
  symlinkSync(
    join(fileURLToPath(new URL('../../../node_modules/@types/node', import.meta.url))),
    join(modules, '@types/node'),
    'dir',
  );
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('CM-TS-TYPES the emitted machine in a consumer project', () => {
  it('CM-TS-TYPES tsc accepts the service and the valid events, and refuses an unknown step, flow or data', () => {
    const tsc = require.resolve('typescript/bin/tsc');
    const r = spawnSync(process.execPath, [tsc, '-p', project, '--pretty', 'false'], {
      encoding: 'utf8',
    });
    // Every `@ts-expect-error` line in consumer.ts must be an error, or tsc reports it unused.
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('CM-TS-TYPES docs/compiler.md shows this service as it is tested', () => {
    const docs = readFileSync(new URL('../../../docs/compiler.md', import.meta.url), 'utf8');
    const at = docs.indexOf('<!-- service.ts:');
    const block = /```ts\n([\s\S]*?)```/.exec(docs.slice(at));
    expect(at).toBeGreaterThan(0);
    expect(block?.[1]).toBe(readFileSync(join(packageDir, 'test/consumer/service.ts'), 'utf8'));
  });

  it('CM-TASK the service runs a case: its system task is provided, the others do their default work', async () => {
    const { startService } = (await import(/* @vite-ignore */ join(project, 'service.ts'))) as {
      startService: (store: unknown) => Promise<Server>;
    };
    const saved = new Map<string, string>();
    const store = {
      load: async (id: string) => (saved.has(id) ? JSON.parse(saved.get(id)!) : undefined),
      save: async (id: string, s: unknown) => void saved.set(id, JSON.stringify(s)),
    };
    const server = await startService(store);
    const { port } = server.address() as { port: number };
    const call = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`http://127.0.0.1:${port}${path}`, {
        method,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    try {
      const made = await call('POST', '/cases', { data: { amount: 80000 } });
      expect(made.status).toBe(201);
      const id = made.body.id as string;
      expect(made.body.open).toEqual(['fillPr']);
      const complete = (stepId: string) =>
        call('POST', `/cases/${id}/events`, { type: 'COMPLETE', stepId });
      // The service's autoCheck found an amount: the case is at the manager's approval.
      expect((await complete('fillPr')).body.open).toEqual(['mgrApprove']);
      expect((await complete('gmApprove')).status).toBe(409);
      for (const step of ['mgrApprove', 'rfq', 'gmApprove', 'receive']) {
        expect((await complete(step)).status).toBe(200);
      }
      const last = await complete('pay');
      expect(last.body.status).toBe('done');
      const history = last.body.history as Array<{ stepId: string; outcome: string }>;
      expect(history.filter((h) => h.outcome === 'done').map((h) => h.stepId)).toEqual([
        'autoCheck',
        'createPo',
        'threeWayMatch',
      ]);
      expect((last.body.data as { complete?: boolean }).complete).toBe(true);
      expect((await call('GET', `/cases/${id}`)).body.status).toBe('done');
      expect((await call('GET', '/cases/nope')).status).toBe(404);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
