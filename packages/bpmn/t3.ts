import { importBpmn } from './src/index';
const xml = `<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">
      <process id="p"><startEvent id="tâche" name="tâche"/><endEvent id="_" /><sequenceFlow id="f" sourceRef="tâche" targetRef="_"/></process></definitions>`;
console.log(JSON.stringify(await importBpmn(xml), null, 1));
