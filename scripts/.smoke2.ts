import { gallery } from '@flowsmith/model';
import { analyze } from '@flowsmith/analysis';
const r = analyze(gallery.doubleApproval, { effects: true });
for (const f of r.findings) console.log(f.kind, JSON.stringify(f.suggestions));
