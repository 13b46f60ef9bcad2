import { importBpmn } from './src/index';
for (const n of [10_000, 100_000, 1_000_000]) {
const junk = '<?xml version="1.0"?><definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"><process id="p">' + '<foo a="1"/>'.repeat(n) + '</process></definitions>';
const t = Date.now();
try { const r = await importBpmn(junk); console.log(n, 'junk', Date.now() - t, 'ms', r.warnings.length, process.memoryUsage().heapUsed/1e6|0, 'MB'); } catch (e) { console.log('junk err', Date.now() - t, (e as Error).message); }
}
