import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { LogEntry } from '../results';
import { eventLogCsv } from './eventLogCsv';

/** Splits RFC 4180 text (CRLF rows, `"` quoting) into cells, as a spreadsheet reads it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = (): void => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += c;
  }
  return rows;
}

/** What a spreadsheet evaluates: a cell starting with = + - @ tab CR LF that is not a number. */
const evaluated = (cell: string): boolean =>
  /^[=+\-@\t\r\n]/.test(cell) && !/^-?\d+(\.\d+)?(e[+-]?\d+)?$/.test(cell);

const entry = (stepName: string, role: string, step = 'a'): LogEntry => ({
  replication: 0,
  caseId: 1,
  step,
  stepName,
  role,
  ready: -0.5,
  start: 0,
  end: 1e-7,
});

describe('eventLogCsv formula guard', () => {
  it('defuses a formula that starts like a negative number', () => {
    const cells = parseCsv(eventLogCsv([entry("-1+cmd|' /C calc'!A0", '+1', '-2-3')]))[1]!;
    expect(cells.slice(1, 4)).toEqual(["'-2-3", "'-1+cmd|' /C calc'!A0", "'+1"]);
    // A role gives a resource column (empty here: the entry names nobody).
    expect(cells.slice(7)).toEqual(['-0.5', '0', '0', '']);
  });

  it('keeps plain numbers as they are', () => {
    const cells = parseCsv(eventLogCsv([entry('-12.5', '3e-7', '-4')]))[1]!;
    expect(cells.slice(1, 4)).toEqual(['-4', '-12.5', '3e-7']);
  });

  it('defuses a person named like a formula', () => {
    const cells = parseCsv(eventLogCsv([{ ...entry('a', '=r'), person: '=r 1' }]))[1]!;
    expect(cells[10]).toBe("'=r 1");
  });

  it('never writes a cell a spreadsheet would evaluate, and keeps every value', () => {
    const text = fc.oneof(
      fc.string(),
      fc
        .tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '-1', '"', ','), fc.string())
        .map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text, text), { maxLength: 5 }), (values) => {
        const entries = values.map(([name, role, step]) => entry(name, role, step));
        const rows = parseCsv(eventLogCsv(entries));
        expect(rows).toHaveLength(entries.length + 1);
        rows.slice(1).forEach((cells, i) => {
          // The resource column is there when some entry has a role.
          expect(cells).toHaveLength(entries.some((e) => e.role !== '') ? 11 : 10);
          for (const cell of cells) expect(evaluated(cell)).toBe(false);
          const [, step, name, role] = cells;
          const original = [entries[i]!.step, entries[i]!.stepName, entries[i]!.role];
          [step, name, role].forEach((cell, k) =>
            expect([original[k], `'${original[k]}`]).toContain(cell),
          );
        });
      }),
      { numRuns: 300 },
    );
  });
});
