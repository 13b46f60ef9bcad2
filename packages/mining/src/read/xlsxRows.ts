import { excelSerialText } from './excelDate';
import type { XlsxWorkbook } from './xlsxWorkbook';
import { xmlTags } from './xmlTags';

/** One row of a sheet as text fields, with its row number (as Excel shows it). */
export interface SheetRow {
  fields: string[];
  line: number;
}

/** Column index (0-based) of a cell reference such as `C5` or `AA12`; -1 when there is none. */
function columnOf(ref: string | undefined): number {
  if (!ref) return -1;
  let n = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return i ? n - 1 : -1;
}

/**
 * The non-empty rows of a sheet in order, read in a stream with `xmlTags`: shared strings
 * (`t="s"`) looked up, inline strings and formula results as written, booleans as `true`/`false`,
 * error cells empty, numbers in a date or time style (and `t="d"` cells) as the wall-clock
 * `YYYY-MM-DD HH:MM:SS` of their Excel serial (`excelSerialText`), other numbers as written.
 * Cells are placed by their reference (`C5`), so skipped empty cells stay empty; trailing empty
 * fields are dropped. Pure apart from reading the workbook's bytes.
 */
export async function* xlsxRows(book: XlsxWorkbook): AsyncGenerator<SheetRow> {
  let fields: string[] = [];
  let line = 0;
  let cell: { col: number; type: string; style: number } | undefined;
  let value: string[] | undefined;
  let inText = false;
  const pieces = function* () {
    for (let i = 0; i < book.sheetXml.length; i += 1 << 20)
      yield book.sheetXml.subarray(i, i + (1 << 20));
  };
  for await (const tag of xmlTags(pieces(), { text: true })) {
    if (tag.kind === 'text') {
      if (value && inText) value.push(tag.text!);
      continue;
    }
    switch (tag.name) {
      case 'row':
        if (tag.kind === 'open' || tag.kind === 'empty') {
          fields = [];
          line = Number(tag.attributes.r) || line + 1;
        }
        if (tag.kind !== 'open') {
          while (fields.length && fields[fields.length - 1] === '') fields.pop();
          if (fields.length) yield { fields, line };
        }
        break;
      case 'c':
        if (tag.kind === 'close') {
          if (cell && value) {
            const text = cellText(book, cell.type, cell.style, value.join(''));
            while (fields.length < cell.col) fields.push('');
            fields[cell.col] = text;
          }
          cell = undefined;
          value = undefined;
        } else {
          const at = columnOf(tag.attributes.r);
          const col = at >= 0 ? at : fields.length;
          cell = { col, type: tag.attributes.t ?? 'n', style: Number(tag.attributes.s ?? 0) };
          value = tag.kind === 'open' ? [] : undefined;
        }
        break;
      case 'v':
      case 't':
        inText = tag.kind === 'open';
        break;
      default:
    }
  }
}

function cellText(book: XlsxWorkbook, type: string, style: number, raw: string): string {
  switch (type) {
    case 's':
      return book.sharedStrings[Number(raw)] ?? '';
    case 'inlineStr':
    case 'str':
      return raw;
    case 'b':
      return raw === '1' ? 'true' : 'false';
    case 'e':
      return '';
    case 'd':
      return raw.trim();
    default: {
      const n = Number(raw);
      if (raw.trim() !== '' && book.dateStyles[style] && Number.isFinite(n))
        return excelSerialText(n, book.date1904) ?? raw;
      return raw.trim();
    }
  }
}
