import { textChunks, type LogSource } from './textChunks';

/** A CSV record: its fields and the 1-based line it starts on. */
export interface CsvRecord {
  fields: string[];
  line: number;
}

/**
 * The records of a CSV or TSV text read in a stream (RFC 4180 quoting: `"a ""b"""`, a line break
 * inside quotes continues the record). The separator is `delimiter`, else guessed from the first
 * line: tab, then `;` when it has more of them than commas, else comma. A record never held more
 * than one line plus its quoted continuations. Pure apart from reading `source`.
 */
export async function* csvRecords(
  source: LogSource,
  delimiter?: string,
): AsyncGenerator<CsvRecord> {
  let carry = '';
  let line = 0;
  let pending = '';
  let pendingLine = 0;
  let sep = delimiter;
  const emit = function* (text: string): Generator<CsvRecord> {
    line++;
    if (pending) {
      pending += `\n${text}`;
    } else {
      pending = text;
      pendingLine = line;
    }
    if (quoteCount(pending) % 2 === 1) return;
    const record = pending;
    pending = '';
    if (record.trim() === '') return;
    sep ??= guessDelimiter(record);
    yield { fields: splitRecord(record, sep), line: pendingLine };
  };
  for await (const chunk of textChunks(source)) {
    const text = carry + chunk;
    let from = 0;
    for (let at = text.indexOf('\n', from); at >= 0; at = text.indexOf('\n', from)) {
      const end = at > from && text.charCodeAt(at - 1) === 13 ? at - 1 : at;
      yield* emit(text.slice(from, end));
      from = at + 1;
    }
    carry = text.slice(from);
  }
  if (carry) yield* emit(carry.endsWith('\r') ? carry.slice(0, -1) : carry);
  if (pending) {
    // An unclosed quote at the end: hand the record over as it is.
    const record = pending;
    pending = '';
    yield { fields: splitRecord(record, sep ?? ','), line: pendingLine };
  }
}

function quoteCount(s: string): number {
  let n = 0;
  for (let i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) n++;
  return n;
}

function guessDelimiter(header: string): string {
  if (header.includes('\t')) return '\t';
  const semi = header.split(';').length;
  const comma = header.split(',').length;
  return semi > comma ? ';' : ',';
}

/** The fields of one record. */
export function splitRecord(record: string, sep: string): string[] {
  if (!record.includes('"')) return record.split(sep);
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (record[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const q = record.indexOf('"', i);
        if (q < 0) {
          value += record.slice(i);
          i = record.length;
          break;
        }
        value += record.slice(i, q);
        if (record[q + 1] === '"') {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      const next = record.indexOf(sep, i);
      fields.push(value + (next < 0 ? record.slice(i) : record.slice(i, next)));
      if (next < 0) return fields;
      i = next + sep.length;
    } else {
      const next = record.indexOf(sep, i);
      if (next < 0) {
        fields.push(record.slice(i));
        return fields;
      }
      fields.push(record.slice(i, next));
      i = next + sep.length;
    }
  }
}
