import { describe, it, expect } from 'vitest';
import { BpmnImportError } from '../BpmnImportError';
import { importBpmn } from './importBpmn';

async function errorOf(xml: unknown, options = {}): Promise<BpmnImportError> {
  try {
    await importBpmn(xml as string, options);
  } catch (error) {
    if (error instanceof BpmnImportError) return error;
    throw error;
  }
  throw new Error('imported');
}

const DEFS = (body: string) =>
  `<?xml version="1.0"?><definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">${body}</definitions>`;

describe('importBpmn refuses what is not a BPMN model, clearly', () => {
  it('empty input', async () => {
    expect((await errorOf('  \n')).code).toBe('empty');
    expect((await errorOf(undefined)).code).toBe('empty');
  });

  it('binary input', async () => {
    expect((await errorOf('\u0089PNG\r\n\u001a\n\u0000\u0000')).code).toBe('binary');
  });

  it('text that is not XML, quoting its start', async () => {
    const e = await errorOf('{"format": "flowsmith.process"}');
    expect(e.code).toBe('not-xml');
    expect(e.message).toContain('{"format"');
  });

  it('XML that is not BPMN', async () => {
    expect((await errorOf('<html><body>hi</body></html>')).code).toBe('not-bpmn');
  });

  it('BPMN without a process, keeping the reader warnings', async () => {
    const e = await errorOf(
      DEFS('<bpmn:foo xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"/>'),
    );
    expect(e.code).toBe('no-process');
    expect(e.warnings.length).toBeGreaterThan(0);
  });

  it('a file over the size cap, before parsing it', async () => {
    const e = await errorOf(DEFS(' '.repeat(2000)), { maxSize: 1000 });
    expect(e.code).toBe('too-large');
  });

  it('absurd nesting, with its line, without a stack overflow', async () => {
    const deep = DEFS(
      `<process id="p">\n${'<documentation>'.repeat(100_000)}x${'</documentation>'.repeat(100_000)}</process>`,
    );
    const e = await errorOf(deep);
    expect(e.code).toBe('too-deep');
    expect(e.message).toMatch(/line 2/);
  });

  it('a flood of unknown elements that would take the reader minutes, quickly', async () => {
    const flood = DEFS(`<process id="p">${'<foo a="1"/>'.repeat(200_000)}</process>`);
    const t0 = Date.now();
    const e = await errorOf(flood);
    expect(e.code).toBe('too-many-unknown');
    expect(e.message).toContain('<foo>');
    expect(Date.now() - t0).toBeLessThan(20_000); // the reader itself would take hours
  });

  it('in Chinese when asked', async () => {
    expect((await errorOf('', { lang: 'zh-CN' })).message).toMatch(/文件为空/);
  });

  it('does not count comments, CDATA and self-closing tags as nesting', async () => {
    const body = `<process id="p"><!-- <a><b><c> --><![CDATA[<x><y>]]>${'<startEvent id="s"/>'}</process>`;
    const r = await importBpmn(DEFS(body), { maxDepth: 3 });
    expect(r.documents[0]!.steps).toHaveLength(1);
  });
});
