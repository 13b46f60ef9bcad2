import { gallery } from '@flowsmith/model';
import { runReplicationSync } from './index';
for (const n of [100000, 1000000, 1000000]) {
const t1 = performance.now();
const r = runReplicationSync(gallery.mm5, { cases: n, warmup: 0, seed: 42 }, 0);
const dt = (performance.now()-t1)/1000;
console.log('mm5', n, dt.toFixed(3), r.events, Math.round(r.events/dt), r.steps.serve.waitMean, 'erlangC 1.525');
}
