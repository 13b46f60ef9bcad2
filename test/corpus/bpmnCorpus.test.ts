import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ProcessDocument } from '@flowsmith/model';
import { centreOf, laneGeometry } from '@flowsmith/layout';
import {
  BpmnImportError,
  exportBpmn,
  importBpmn,
  type BpmnWarning,
  type ImportResult,
} from '@flowsmith/bpmn';
import { countBpmnElements } from './countBpmnElements';

const corpus = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}

const files = walk(corpus).filter((f) => /\.(bpmn|xml)$/.test(f) || f.includes('/error/'));
const TASK_TYPES =
  /^bpmn:(Task|UserTask|ManualTask|ServiceTask|ScriptTask|SendTask|ReceiveTask|BusinessRuleTask)$/;

async function outcome(xml: string): Promise<ImportResult | BpmnImportError> {
  try {
    return await importBpmn(xml);
  } catch (error) {
    if (error instanceof BpmnImportError) return error;
    throw error;
  }
}

const count = (w: BpmnWarning[], pred: (w: BpmnWarning) => boolean) => w.filter(pred).length;
const steps = (docs: ProcessDocument[], types: string[]) =>
  docs.flatMap((d) => d.steps).filter((s) => types.includes(s.type)).length;

describe('BPMN corpus sweep (../shared/corpus)', () => {
  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThan(250);
  });

  for (const file of files) {
    const name = relative(corpus, file);
    it(`${name}: imports with warnings listed, or fails with a clear error; counts match the file`, async () => {
      const xml = readFileSync(file, 'utf8');
      const result = await outcome(xml);
      if (result instanceof BpmnImportError) {
        expect(result.code).toMatch(
          /^(empty|too-large|binary|not-xml|too-deep|not-bpmn|no-process|unreadable)$/,
        );
        expect(result.message.length).toBeGreaterThan(20);
        return;
      }
      const { documents, warnings } = result;
      expect(documents.length).toBeGreaterThan(0);
      for (const w of warnings) expect(w.message).not.toBe('');
      const file_ = countBpmnElements(xml);
      const leftOutTasks = count(
        warnings,
        (w) => w.code === 'element-left-out' && TASK_TYPES.test(w.elementType ?? ''),
      );
      expect(steps(documents, ['task']) + leftOutTasks).toBe(file_.tasks);
      const boundaryGateways = count(warnings, (w) => w.code === 'boundary-event-as-xor');
      expect(steps(documents, ['xor', 'or', 'and']) - boundaryGateways).toBe(file_.gateways);
      const removedFlows = count(
        warnings,
        (w) => w.code === 'flow-dropped' || w.code === 'flow-merged',
      );
      const flows = documents.reduce((n, d) => n + d.flows.length, 0);
      expect(flows - boundaryGateways + removedFlows).toBe(file_.flows);
      const roles = new Set(documents.flatMap((d) => d.roles.map((r) => r.id)));
      // QBP resources (BIMP's simulation data) without a lane of their id are roles too.
      const qbpResources = (xml.match(/<qbp:resource\s/g) ?? []).length;
      expect(roles.size).toBe(file_.leafLanes + qbpResources);
    });
  }
});

describe('bpmn-moddle malformed fixtures (EXPECTED_ERRORS.json)', () => {
  const expected = JSON.parse(
    readFileSync(join(corpus, 'bpmn-moddle', 'EXPECTED_ERRORS.json'), 'utf8'),
  ) as {
    cases: Array<{ file: string; expect: string; warnings?: string[]; warning_count?: number }>;
  };
  for (const c of expected.cases.filter(
    (c) => c.expect.startsWith('reject') || c.expect === 'ok',
  )) {
    it(`${c.file}: ${c.expect}`, async () => {
      const result = await outcome(readFileSync(join(corpus, 'bpmn-moddle', c.file), 'utf8'));
      if (c.expect.startsWith('reject')) {
        expect(result).toBeInstanceOf(BpmnImportError);
        return;
      }
      // These fixtures hold definitions but no process: a clear error that still carries the reader's warnings.
      const warnings = result instanceof BpmnImportError ? result.warnings : result.warnings;
      if (result instanceof BpmnImportError) expect(result.code).toBe('no-process');
      const reader = warnings.filter((w) => w.code === 'moddle-warning').map((w) => w.message);
      if (c.warning_count !== undefined) expect(reader).toHaveLength(c.warning_count);
      for (const pattern of c.warnings ?? []) {
        const needle = pattern.startsWith('/') ? pattern.slice(1, -1) : pattern.split('\n')[0]!;
        expect(reader.some((m) => m.includes(needle))).toBe(true);
      }
    });
  }
});

describe('MIWG reference models → Flowsmith → BPMN', () => {
  const miwg = join(corpus, 'bpmn-miwg-test-suite', 'Reference');
  const models = readdirSync(miwg).filter((f) => /^(A\.\d\.\d|B\.1\.0)\.bpmn$/.test(f));
  it('covers A.* and B.1.0', () => expect(models.length).toBeGreaterThanOrEqual(7));
  for (const model of models) {
    it(`${model}: the exported BPMN keeps tasks, gateways, flows, lanes and positions`, async () => {
      const { documents, warnings } = await importBpmn(readFileSync(join(miwg, model), 'utf8'));
      // Each boundary event becomes an xor gateway after its host, reached by one added flow.
      const boundaries = count(warnings, (w) => w.code === 'boundary-event-as-xor');
      const source = countBpmnElements(readFileSync(join(miwg, model), 'utf8'));
      let tasks = 0;
      let gateways = 0;
      let flows = 0;
      let lanes = 0;
      for (const doc of documents) {
        const out = countBpmnElements(await exportBpmn(doc));
        const geometry = laneGeometry(doc);
        tasks += out.tasks;
        gateways += out.gateways;
        flows += out.flows;
        lanes += out.leafLanes;
        expect(out.tasks).toBe(doc.steps.filter((s) => s.type === 'task').length);
        expect(out.flows).toBe(doc.flows.length);
        for (const s of doc.steps) {
          // Where the reference model draws a step, the step is there, and the export draws it where
          // every picture does (the lane geometry: there, or pulled wholly into its lane).
          const drawn = source.centres.get(s.id);
          if (drawn) expect(s.position).toEqual(drawn);
          const box = geometry.placements.get(s.id);
          if (s.position && box) expect(out.centres.get(s.id)).toEqual(centreOf(box));
          else expect(out.centres.get(s.id)).toBeDefined();
        }
      }
      // Nothing of the reference model's tasks, gateways, flows and lanes went missing on the way.
      expect(tasks).toBe(source.tasks);
      expect(gateways).toBe(source.gateways + boundaries);
      expect(flows).toBe(source.flows + boundaries);
      expect(lanes).toBe(source.leafLanes);
    });
  }
});
