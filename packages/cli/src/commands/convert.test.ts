import { readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gallery, normalizeProcess, parseProcess } from '@flowsmith/model';
import { runCapture } from '../testing/runCapture';
import { jsonResult } from '../testing/jsonResult';
import { tempDir } from '../testing/tempDir';

const dir = tempDir('convert');
const { file } = dir;

/** `flowsmith convert` from `input` to `output`, both in the temp folder, plus `flags`. */
const convert = (input: string, output: string, ...flags: string[]) =>
  runCapture('convert', file(input), '-o', file(output), ...flags);

const draft = {
  version: 1,
  format: 'flowsmith.process',
  name: '采购',
  id: 'draft',
  roles: [{ name: 'Clerk', id: 'clerk' }],
  steps: [
    { id: 'start', type: 'start', name: 'start', arrival: { interarrival: 10 } },
    { id: 'work', type: 'task', name: 'work', role: 'clerk', duration: 5 },
    { id: 'end', type: 'end', name: 'end' },
  ],
  flows: [
    { id: 'f1', from: 'start', to: 'work' },
    { id: 'f2', from: 'work', to: 'end' },
  ],
};

beforeAll(async () => {
  await writeFile(file('draft.flow.json'), JSON.stringify(draft));
  await writeFile(
    file('bad.flow.json'),
    JSON.stringify({ ...draft, roles: [{ id: 'clerk', name: 'C', capacity: -1 }], kpiz: [] }),
  );
  await writeFile(file('notjson.json'), 'format: flowsmith');
});

describe('flowsmith convert', () => {
  it('writes the normalised document: defaults filled, bare numbers expanded, 2-space JSON', async () => {
    const r = await convert('draft.flow.json', 'clean.flow.json', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${file('draft.flow.json')} → ${file('clean.flow.json')}\n`);
    const text = await readFile(file('clean.flow.json'), 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "format": "flowsmith.process",');
    const written = JSON.parse(text);
    expect(written.roles[0]).toEqual({ id: 'clerk', name: 'Clerk', capacity: 1 });
    expect(written.steps[1]).toEqual({
      id: 'work',
      type: 'task',
      name: 'work',
      kind: 'manual',
      role: 'clerk',
      duration: { dist: 'fixed', value: 5, unit: 'min' },
    });
    expect(written.steps[0].arrival).toEqual({
      interarrival: { dist: 'fixed', value: 10, unit: 'min' },
    });
  });

  it('gives the same bytes when run on its own output', async () => {
    await convert('draft.flow.json', 'once.flow.json');
    await convert('once.flow.json', 'twice.flow.json');
    expect(await readFile(file('twice.flow.json'), 'utf8')).toBe(
      await readFile(file('once.flow.json'), 'utf8'),
    );
  });

  it.each(Object.keys(gallery) as Array<keyof typeof gallery>)(
    '%s converts to its normalised form',
    async (name) => {
      await writeFile(file(`${name}.flow.json`), JSON.stringify(gallery[name]));
      const r = await runCapture(
        'convert',
        file(`${name}.flow.json`),
        '-o',
        file(`${name}.out.flow.json`),
      );
      expect(r.code).toBe(0);
      const written = JSON.parse(await readFile(file(`${name}.out.flow.json`), 'utf8'));
      expect(written).toEqual(normalizeProcess(gallery[name]));
      expect(parseProcess(written).ok).toBe(true);
    },
  );

  it('exits 1 with every reason for an invalid input, writing nothing', async () => {
    const r = await convert('bad.flow.json', 'bad.out.flow.json', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      [
        `flowsmith: ${file('bad.flow.json')}: invalid process document (2 problems)`,
        `${file('bad.flow.json')}: roles[0].capacity: must be a whole number of at least 1, not -1`,
        `${file('bad.flow.json')}: kpiz: unknown field "kpiz" in the document; did you mean "kpis"?`,
        '',
      ].join('\n'),
    );
    await expect(readFile(file('bad.out.flow.json'))).rejects.toThrow();
  });

  it('exits 1 for text that cannot be converted (not JSON), 2 for a missing file', async () => {
    const notJson = await convert('notjson.json', 'x.flow.json', '--lang', 'en');
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toContain('not valid JSON at line 1, column 1');
    const missing = await convert('nope.flow.json', 'x.flow.json', '--lang', 'en');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read the file (no such file)');
  });

  it('converts BPMN in and out: warnings on stderr, other pools written beside the output', async () => {
    const miwg = join(
      import.meta.dirname,
      '../../../../../shared/corpus/bpmn-miwg-test-suite/Reference/C.1.0.bpmn',
    );
    const r = await runCapture('convert', miwg, '-o', file('c1.flow.json'), '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/C\.1\.0\.bpmn: bpmn:\S+: /);
    const main = parseProcess(JSON.parse(await readFile(file('c1.flow.json'), 'utf8')));
    expect(main.ok).toBe(true);
    const companion = /written to (\S+\.flow\.json)/.exec(r.stdout)?.[1];
    expect(companion, r.stdout).toBeDefined();
    expect(parseProcess(JSON.parse(await readFile(companion!, 'utf8'))).ok).toBe(true);

    const back = await convert('c1.flow.json', 'c1.bpmn');
    expect(back.code).toBe(0);
    expect(await readFile(file('c1.bpmn'), 'utf8')).toContain('<bpmndi:BPMNDiagram');

    const json = await runCapture('convert', miwg, '-o', file('c1b.flow.json'), '--json');
    const report = jsonResult<{
      files: Array<{ warnings: Array<{ path: string }>; companions: string[] }>;
    }>(json).files[0]!;
    expect(report.warnings.length).toBeGreaterThan(0);
    expect(report.companions).toHaveLength(1);
  });

  it('exits 1 for a .bpmn that is not BPMN, saying why', async () => {
    await writeFile(file('page.bpmn'), '<html><body>not a model</body></html>');
    const r = await convert('page.bpmn', 'page.flow.json', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('page.bpmn');
  });

  it('refuses to overwrite the input, also through another spelling or a link, unless --in-place', async () => {
    await writeFile(file('self.flow.json'), JSON.stringify(draft));
    await symlink(file('self.flow.json'), file('link.flow.json'));
    for (const out of [
      file('self.flow.json'),
      join(dir.path, '.', 'self.flow.json'),
      file('link.flow.json'),
    ]) {
      const r = await runCapture('convert', file('self.flow.json'), '-o', out, '--lang', 'en');
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('the output is the input file; pass --in-place');
    }
    expect(await readFile(file('self.flow.json'), 'utf8')).toBe(JSON.stringify(draft));
    const r = await convert('self.flow.json', 'self.flow.json', '--in-place');
    expect(r.code).toBe(0);
    expect(JSON.parse(await readFile(file('self.flow.json'), 'utf8')).roles[0].capacity).toBe(1);
  });

  it('requires -o', async () => {
    const r = await runCapture('convert', file('draft.flow.json'));
    expect(r.code).toBe(2);
  });

  it('speaks Chinese', async () => {
    const r = await convert('bad.flow.json', 'y.flow.json', '--lang', 'zh-CN');
    expect(r.stderr).toContain('流程文档无效（2 个问题）');
    expect(r.stderr).toContain('roles[0].capacity: 必须是不小于 1 的整数，而不是 -1');
  });

  it('has help', async () => {
    const r = await runCapture('convert', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('-o, --output <out>');
    expect(r.stdout).toContain('--in-place');
  });
});
