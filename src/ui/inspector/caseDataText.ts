/**
 * Case data as a person types it in the inspector and the scenario form: a value (`12`, `true`,
 * `gold`), a number to add, a weighted choice (`yes: 0.7, no: 0.3`) or a distribution (JSON), and
 * back. Pure.
 */
import type { CaseDataChange, CaseValue, Distribution } from '@flowsmith/model';

/** How a change is typed: a value, a number to add, a choice, or a distribution. */
export type CaseDataMode = 'value' | 'add' | 'choice' | 'distribution';

/** The modes the case data fields offer, in order. */
export const CASE_DATA_MODES: readonly CaseDataMode[] = ['value', 'add', 'choice', 'distribution'];

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A typed number (`1.5`, `1,5`, full-width digits), or null. Pure. */
function readNumberText(text: string): number | null {
  const t = text
    .trim()
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，]/, '.');
  if (t === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return null;
  return Number(t);
}

/** The mode and text a change is shown as. Pure. */
export function formatCaseData(change: CaseDataChange): { mode: CaseDataMode; text: string } {
  if (isObject(change) && 'add' in change) return { mode: 'add', text: String(change.add) };
  if (isObject(change) && 'choice' in change && isObject(change.choice))
    return {
      mode: 'choice',
      text: Object.entries(change.choice)
        .map(([k, w]) => `${k}: ${String(w)}`)
        .join(', '),
    };
  if (isObject(change) && 'dist' in change)
    return { mode: 'distribution', text: JSON.stringify(change) };
  return { mode: 'value', text: String(change) };
}

/**
 * Reads what was typed in `mode`: a value becomes a number when it reads as one, a boolean for
 * `true`/`false`, else text; `null` when it cannot be read (an add that is not a number, a choice
 * not written `value: weight`, a distribution that is not JSON with `dist`). Pure.
 */
export function readCaseData(mode: CaseDataMode, text: string): CaseDataChange | null {
  const t = text.trim();
  switch (mode) {
    case 'value': {
      const n = readNumberText(t);
      if (n !== null) return n;
      if (t === 'true' || t === 'false') return t === 'true';
      return t;
    }
    case 'add': {
      const n = readNumberText(t);
      return n === null ? null : { add: n };
    }
    case 'choice': {
      const choice: Record<string, number> = {};
      const parts = t.split(/[,，;；、\n]+/).filter((p) => p.trim());
      if (parts.length === 0) return null;
      for (const p of parts) {
        const m = /^(.+?)\s*[:：]\s*(\S+)$/.exec(p.trim());
        const w = m ? readNumberText(m[2]!) : null;
        if (!m || w === null || w < 0) return null;
        Object.defineProperty(choice, m[1]!.trim(), {
          value: w,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return { choice };
    }
    case 'distribution': {
      try {
        const v: unknown = JSON.parse(t);
        return isObject(v) && typeof v.dist === 'string' ? (v as unknown as Distribution) : null;
      } catch {
        return null;
      }
    }
  }
}

/** Reads a case value (an attribute: no `add`), or null. Pure. */
export function readCaseValue(mode: CaseDataMode, text: string): CaseValue | null {
  if (mode === 'add') return null;
  return readCaseData(mode, text) as CaseValue | null;
}
