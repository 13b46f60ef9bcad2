import { it } from 'vitest';
import { improve } from '@flowsmith/analysis';
import { gallery } from '@flowsmith/model';
it('debug', () => {
  for (const [name, doc] of Object.entries(gallery)) {
    try {
      const r = improve(doc, { includeInfo: true });
      console.log(name, r.changes.map((c) => c.suggestion.move).join(','), '| dropped:', r.dropped.map((d) => d.suggestion.move + ' -> ' + d.introduced.map((f) => f.kind).join('+')).join('; '));
    } catch (e) { console.log(name, 'ERR', (e as Error).message); }
  }
});
