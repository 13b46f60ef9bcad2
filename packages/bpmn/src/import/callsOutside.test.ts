import { describe, it, expect } from 'vitest';
import { gallery } from '@flowsmith/model';
import { exportBpmn } from '../export/exportBpmn';
import { importBpmn } from './importBpmn';

/** A process of another tool with call activities: to a process outside, inside, and to none. */
const XML = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">
  <bpmn:process id="main">
    <bpmn:startEvent id="s"/>
    <bpmn:callActivity id="bill" name="Bill" calledElement="billing"/>
    <bpmn:callActivity id="ship" name="Ship" calledElement="shipping"/>
    <bpmn:callActivity id="vague" name="Vague"/>
    <bpmn:endEvent id="e"/>
    <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="bill"/>
    <bpmn:sequenceFlow id="f2" sourceRef="bill" targetRef="ship"/>
    <bpmn:sequenceFlow id="f3" sourceRef="ship" targetRef="vague"/>
    <bpmn:sequenceFlow id="f4" sourceRef="vague" targetRef="e"/>
  </bpmn:process>
  <bpmn:process id="shipping"><bpmn:startEvent id="s2"/></bpmn:process>
</bpmn:definitions>`;

describe('call activities to processes outside the file', () => {
  it('keep the subprocess calling that id, warn naming the element and the process, and list it', async () => {
    const { documents, warnings, externalProcesses } = await importBpmn(XML);
    const steps = documents[0]!.steps;
    expect(steps.find((s) => s.id === 'bill')).toMatchObject({
      type: 'subprocess',
      process: 'billing',
    });
    expect(steps.find((s) => s.id === 'ship')).toMatchObject({
      type: 'subprocess',
      process: 'shipping',
    });
    expect(externalProcesses).toEqual(['billing', 'vague']);
    const outside = warnings.filter((w) => w.code === 'call-target-outside');
    expect(outside).toEqual([
      {
        code: 'call-target-outside',
        elementId: 'bill',
        elementType: 'bpmn:CallActivity',
        message: expect.stringContaining(
          'calls process "billing", which is not in this file',
        ) as string,
      },
    ]);
    // The call that names nothing has its own warning, not a second one.
    expect(warnings.filter((w) => w.elementId === 'vague').map((w) => w.code)).toEqual([
      'call-without-target',
    ]);
  });

  it('warns in Chinese too', async () => {
    const { warnings } = await importBpmn(XML, { lang: 'zh-CN' });
    expect(warnings.find((w) => w.code === 'call-target-outside')?.message).toContain(
      '不在此文件中',
    );
  });

  it('leaves calls Flowsmith exported alone: their process is a Flowsmith document beside the file', async () => {
    const back = await importBpmn(await exportBpmn(gallery.withSubprocess));
    expect(back.warnings).toEqual([]);
    expect(back.externalProcesses).toEqual([]);
  });
});
