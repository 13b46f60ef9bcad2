
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseProcess, type ProcessDocument, gallery } from '@flowsmith/model';
import { buildSop, buildJobs, renderHtml, buildComparisonReport, renderReportHtml } from './src/index';

const dir = join(import.meta.dirname, '..', '..', 'examples');
const load = (n: string): ProcessDocument => {
  const r = parseProcess(JSON.parse(readFileSync(join(dir, n), 'utf8')));
  if (!r.ok) throw new Error(n);
  return r.document;
};
async function main() {
  const out = process.env.SNAP_OUT!;
  const files = readdirSync(dir).filter((f) => f.endsWith('.flow.json'));
  for (const f of files) {
    const d = load(f);
    for (const lang of ['en', 'zh-CN'] as const) {
      writeFileSync(join(out, `${f}.${lang}.sop.html`), renderHtml(await Promise.resolve(buildSop(d, { lang } as never))));
      writeFileSync(join(out, `${f}.${lang}.jobs.html`), renderHtml(await Promise.resolve(buildJobs(d, { lang } as never))));
    }
  }
  const pairs = [['purchase-approval-as-is.flow.json', 'purchase-approval-to-be.flow.json'], ['expense-reimbursement-as-is.flow.json', 'expense-reimbursement-to-be.flow.json']];
  for (const [a, b] of pairs) {
    for (const lang of ['en', 'zh-CN'] as const) {
      const tree = await Promise.resolve(buildComparisonReport({ asIs: load(a!), toBe: load(b!), lang } as never));
      writeFileSync(join(out, `${a}.${lang}.report.html`), renderReportHtml(tree as never));
    }
  }
  const hostile = '<script>alert(1)</script> & "x" 采购 😀\n';
  const h = { ...gallery.sequence3, name: hostile, description: hostile };
  writeFileSync(join(out, `hostile.sop.html`), renderHtml(await Promise.resolve(buildSop(h, { lang: 'en' } as never))));
  writeFileSync(join(out, `hostile.report.html`), renderReportHtml(await Promise.resolve(buildComparisonReport({ asIs: h, toBe: { ...h, id: 'x', steps: h.steps.slice(), description: 'y' }, lang: 'zh-CN' } as never)) as never));
}
void main();
