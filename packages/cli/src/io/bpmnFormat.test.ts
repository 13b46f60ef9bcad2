import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gallery, normalizeProcess } from '@flowsmith/model';
import { runCapture } from '../testing/runCapture';
import { tempDir, withTempDir } from '../testing/tempDir';
import { bpmnFormat, readBpmnFile } from './bpmnFormat';
import { companionPath, writeCompanions } from './writeCompanions';
import { formatOfPath } from './processFormats';

const EMBEDDED = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">
  <process id="main" name="Main">
    <startEvent id="s" name="s"/>
    <subProcess id="inner" name="Inner">
      <startEvent id="is" name="is"/>
      <task id="it" name="work"/>
      <endEvent id="ie" name="ie"/>
      <sequenceFlow id="if1" sourceRef="is" targetRef="it"/>
      <sequenceFlow id="if2" sourceRef="it" targetRef="ie"/>
    </subProcess>
    <complexGateway id="g" name="g"/>
    <endEvent id="e" name="e"/>
    <sequenceFlow id="f1" sourceRef="s" targetRef="inner"/>
    <sequenceFlow id="f2" sourceRef="inner" targetRef="g"/>
    <sequenceFlow id="f3" sourceRef="g" targetRef="e"/>
  </process>
</definitions>`;

describe('bpmnFormat', () => {
  it('is the format of .bpmn files', () => {
    expect(formatOfPath('a/B.BPMN')).toBe(bpmnFormat);
  });

  it('reads the main document, the embedded sub-process as a companion, and the warnings', async () => {
    const r = await readBpmnFile(EMBEDDED);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.document.id).toBe('main');
    expect(r.companions.map((d) => d.id)).toEqual(['inner']);
    expect(r.warnings).toContainEqual(
      expect.objectContaining({ path: 'bpmn:g', code: 'bpmn.gateway-approximated' }),
    );
  });

  it('says a file that is not BPMN is unreadable, with the reason', async () => {
    const r = await bpmnFormat.read('hello', {});
    expect(r).toEqual({
      ok: false,
      unreadable: true,
      problems: [expect.objectContaining({ code: 'bpmn.not-xml' })],
    });
  });

  it('writes BPMN that reads back as the same document', async () => {
    const xml = await bpmnFormat.write(gallery.xorSplitJoin);
    const r = await bpmnFormat.read(xml, {});
    expect(r.ok && r.document).toEqual(gallery.xorSplitJoin);
  });

  it('names companion files after the output', () => {
    expect(companionPath('out/a.flow.json', 'inner')).toBe(join('out', 'a.inner.flow.json'));
    expect(companionPath('a.bpmn', 'inner')).toBe('a.inner.flow.json');
  });

  it('hands the companions to the format registry and writes them beside the output', async () => {
    const r = await bpmnFormat.read(EMBEDDED, {});
    expect(r.ok && r.companions?.map((d) => d.id)).toEqual(['inner']);
    await withTempDir('companion', async (dir) => {
      const said = await writeCompanions(join(dir, 'main.flow.json'), r.ok ? r.companions! : []);
      expect(said).toEqual([expect.stringContaining('main.inner.flow.json')]);
      const inner = JSON.parse(await readFile(join(dir, 'main.inner.flow.json'), 'utf8'));
      expect(inner.steps.map((s: { id: string }) => s.id)).toEqual(['is', 'it', 'ie']);
    });
  });
});

describe('flowsmith convert with .bpmn', () => {
  const { file } = tempDir('bpmn');

  it('converts .flow.json → .bpmn → .flow.json without losing anything', async () => {
    const src = file('a.flow.json');
    await writeFile(src, JSON.stringify(gallery.andSplitJoin));
    expect((await runCapture('convert', src, '-o', file('a.bpmn'))).code).toBe(0);
    expect(await readFile(file('a.bpmn'), 'utf8')).toContain('<bpmn:parallelGateway');
    expect((await runCapture('convert', file('a.bpmn'), '-o', file('b.flow.json'))).code).toBe(0);
    const back = JSON.parse(await readFile(file('b.flow.json'), 'utf8'));
    expect(back).toEqual(normalizeProcess(gallery.andSplitJoin));
  });

  it('refuses a file that is not BPMN and says why', async () => {
    const bad = file('bad.bpmn');
    await writeFile(bad, '\u0000\u0001PNG');
    const r = await runCapture('convert', bad, '-o', file('x.flow.json'));
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/binary/);
  });

  it('takes a call activity to a process outside the file as a warning, in validate and convert', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">
  <process id="main"><startEvent id="s"/><callActivity id="bill" calledElement="billing"/><endEvent id="e"/>
    <sequenceFlow id="f1" sourceRef="s" targetRef="bill"/><sequenceFlow id="f2" sourceRef="bill" targetRef="e"/></process>
</definitions>`;
    const read = await readBpmnFile(xml);
    expect(read.ok && read.warnings.map((w) => [w.path, w.code])).toEqual([
      ['bpmn:bill', 'bpmn.call-target-outside'],
    ]);
    await withTempDir('call-outside', async (dir) => {
      await writeFile(join(dir, 'calls.bpmn'), xml);
      const validate = await runCapture('validate', join(dir, 'calls.bpmn'), '--lang', 'en');
      expect(validate.code).toBe(0);
      const convert = await runCapture(
        'convert',
        join(dir, 'calls.bpmn'),
        '-o',
        join(dir, 'c.flow.json'),
      );
      expect(convert.code).toBe(0);
      expect(convert.stderr).toContain('bpmn:bill: Call activity "bill" calls process "billing"');
    });
  });
});
