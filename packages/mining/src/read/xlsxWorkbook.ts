import { unzipSync } from 'fflate';
import type { Lang } from '@flowsmith/model';
import { MiningError } from '../messages/MiningError';
import { isDateFormat } from './excelDate';
import { xmlTags } from './xmlTags';

/** What reading one sheet of an XLSX file needs: its XML, the shared strings and the date styles. */
export interface XlsxWorkbook {
  /** The sheet names, in the workbook's order. */
  sheets: string[];
  /** The name of the sheet chosen. */
  sheet: string;
  /** The sheet's XML as UTF-8 bytes. */
  sheetXml: Uint8Array;
  sharedStrings: string[];
  /** By cell style index (`s`): whether its number format shows a date or time. */
  dateStyles: boolean[];
  /** The workbook uses the 1904 date system. */
  date1904: boolean;
}

/** The bytes in pieces of 1 MiB, so the XML tokenizer decodes it chunk by chunk. */
function* pieces(bytes: Uint8Array): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += 1 << 20) yield bytes.subarray(i, i + (1 << 20));
}

/** `xl/worksheets/sheet1.xml` of a relationship target relative to `xl/` or absolute. */
function partPath(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

/**
 * Opens an XLSX file (Office Open XML spreadsheet, a zip) and the sheet named `sheet` (default
 * the first): unzips only the workbook, its relationships, styles, shared strings and that sheet,
 * and reads the first three with `xmlTags`. Throws a `MiningError` when the bytes are not an XLSX
 * workbook or no sheet has that name (the sheets are listed).
 */
export async function openXlsx(
  bytes: Uint8Array,
  sheet?: string,
  lang?: Lang,
): Promise<XlsxWorkbook> {
  const notWorkbook = (detail: string) => MiningError.of('xlsx.notWorkbook', { detail }, lang);
  const wanted =
    /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|styles\.xml|sharedStrings\.xml|worksheets\/[^/]+\.xml)$/;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => wanted.test(f.name) });
  } catch (error) {
    throw notWorkbook(error instanceof Error ? error.message : String(error));
  }
  const workbook = files['xl/workbook.xml'];
  if (!workbook) throw notWorkbook('xl/workbook.xml');
  const listed: { name: string; rid: string }[] = [];
  let date1904 = false;
  for await (const tag of xmlTags(pieces(workbook))) {
    if (tag.name === 'sheet' && tag.kind !== 'close')
      listed.push({ name: tag.attributes.name ?? '', rid: tag.attributes['r:id'] ?? '' });
    if (tag.name === 'workbookPr' && tag.kind !== 'close')
      date1904 = tag.attributes.date1904 === '1' || tag.attributes.date1904 === 'true';
  }
  const targets = new Map<string, string>();
  const rels = files['xl/_rels/workbook.xml.rels'];
  if (rels)
    for await (const tag of xmlTags(pieces(rels)))
      if (tag.name === 'Relationship' && tag.kind !== 'close')
        targets.set(tag.attributes.Id ?? '', tag.attributes.Target ?? '');
  const sheets = listed.map((s) => s.name);
  const chosen = sheet === undefined ? listed[0] : listed.find((s) => s.name === sheet);
  if (!chosen)
    throw MiningError.of(
      'xlsx.noSheet',
      { sheet: sheet ?? '', sheets: sheets.map((s) => `"${s}"`).join(', ') },
      lang,
    );
  const path = partPath(
    targets.get(chosen.rid) ?? `worksheets/sheet${listed.indexOf(chosen) + 1}.xml`,
  );
  const sheetXml = files[path];
  if (!sheetXml) throw notWorkbook(path);
  return {
    sheets,
    sheet: chosen.name,
    sheetXml,
    sharedStrings: await sharedStrings(files['xl/sharedStrings.xml']),
    dateStyles: await dateStyles(files['xl/styles.xml']),
    date1904,
  };
}

/** The shared strings: each `<si>`'s `<t>` texts joined (rich-text runs), phonetic runs left out. */
async function sharedStrings(xml: Uint8Array | undefined): Promise<string[]> {
  const out: string[] = [];
  if (!xml) return out;
  let current: string[] | undefined;
  let inT = false;
  let phonetic = 0;
  for await (const tag of xmlTags(pieces(xml), { text: true })) {
    if (tag.kind === 'text') {
      if (inT && current && !phonetic) current.push(tag.text!);
    } else if (tag.name === 'si') {
      if (tag.kind === 'open') current = [];
      else {
        out.push(current ? current.join('') : '');
        current = undefined;
      }
    } else if (tag.name === 't') inT = tag.kind === 'open';
    else if (tag.name === 'rPh')
      phonetic += tag.kind === 'open' ? 1 : tag.kind === 'close' ? -1 : 0;
  }
  return out;
}

/** Per `<cellXfs>` entry: whether its number format (built-in id or `<numFmt>` code) is a date. */
async function dateStyles(xml: Uint8Array | undefined): Promise<boolean[]> {
  const out: boolean[] = [];
  if (!xml) return out;
  const codes = new Map<number, string>();
  let inCellXfs = false;
  for await (const tag of xmlTags(pieces(xml))) {
    if (tag.name === 'numFmt' && tag.kind !== 'close')
      codes.set(Number(tag.attributes.numFmtId), tag.attributes.formatCode ?? '');
    else if (tag.name === 'cellXfs') inCellXfs = tag.kind === 'open';
    else if (inCellXfs && tag.name === 'xf' && tag.kind !== 'close') {
      const id = Number(tag.attributes.numFmtId ?? 0);
      out.push(isDateFormat(id, codes.get(id)));
    }
  }
  return out;
}
