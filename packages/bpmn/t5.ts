import { generateProcess } from '@flowsmith/model';
import { exportBpmn, importBpmn } from './src/index';
let t = Date.now();
const doc = generateProcess({ steps: 2000, seed: 1 });
const xml = await exportBpmn(doc);
console.log('export 2000', Date.now() - t, 'ms', (xml.length / 1e6).toFixed(1), 'MB');
t = Date.now();
const back = await importBpmn(xml);
console.log('import', Date.now() - t, 'ms', JSON.stringify(back.documents[0]) === JSON.stringify(doc));
const junk = '<?xml version="1.0"?><definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"><process id="p">' + '<foo a="1"/>'.repeat(1_500_000) + '</process></definitions>';
t = Date.now();
try { const r = await importBpmn(junk); console.log('junk', Date.now() - t, 'ms', r.warnings.length); } catch (e) { console.log('junk err', Date.now() - t, (e as Error).message); }
