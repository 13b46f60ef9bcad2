import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MiningError } from '../messages/MiningError';
import { excelSerialText, isDateFormat } from './excelDate';
import { readXlsxLog } from './readXlsxLog';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A tiny workbook as Excel writes it: two sheets, shared strings (one a rich-text run), styles. */
function workbook(): Uint8Array {
  const shared = [
    '案例编号',
    '活动',
    '完成时间',
    '处理人',
    '金额',
    '受理',
    '张三',
    '2024年3月5日 15:00',
    'yesterday',
  ];
  const si = shared.map((s) => `<si><t>${s}</t></si>`).join('');
  const sheet1 = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet ${NS} ${R}><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>C1</t></is></c><c r="B2" t="s"><v>5</v></c><c r="C2" s="1"><v>45356.604166666664</v></c><c r="D2" t="s"><v>6</v></c><c r="E2"><v>1200.5</v></c></row>
<row r="3"><c r="A3" t="str"><f>"C"&amp;1</f><v>C1</v></c><c r="B3" t="s"><v>9</v></c><c r="C3" t="s"><v>7</v></c><c r="D3" t="s"><v>6</v></c></row>
<row r="5"><c r="A5" t="inlineStr"><is><t>C2</t></is></c><c r="B5" t="s"><v>5</v></c><c r="C5" t="s"><v>8</v></c></row>
<row r="6"><c r="A6" t="inlineStr"><is><t>C2</t></is></c><c r="C6" s="2"><v>45357.5</v></c></row>
<row r="7"><c r="A7" t="inlineStr"><is><t>C2</t></is></c><c r="B7" t="s"><v>5</v></c><c r="C7" s="2"><v>45357.375</v></c></row>
</sheetData></worksheet>`;
  // The rich-text shared string 审核 ("审" + "核" in two runs) with a phonetic run left out.
  const richSi =
    '<si><r><t>审</t></r><r><rPr><b/></rPr><t>核</t></r><rPh sb="0" eb="1"><t>shen</t></rPh></si>';
  return zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'xl/workbook.xml': strToU8(
      `<workbook ${NS} ${R}><workbookPr/><sheets><sheet name="日志" sheetId="1" r:id="rId1"/><sheet name="Other" sheetId="2" r:id="rId2"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="/xl/worksheets/sheet2.xml"/></Relationships>',
    ),
    'xl/styles.xml': strToU8(
      `<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy/m/d\\ h:mm"/></numFmts>` +
        '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
        '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="22"/></cellXfs></styleSheet>',
    ),
    'xl/sharedStrings.xml': strToU8(`<sst ${NS}>${si}${richSi}</sst>`),
    'xl/worksheets/sheet1.xml': strToU8(sheet1),
    'xl/worksheets/sheet2.xml': strToU8(
      `<worksheet ${NS}><sheetData><row r="1"><c t="inlineStr"><is><t>case</t></is></c><c t="inlineStr"><is><t>activity</t></is></c><c t="inlineStr"><is><t>timestamp</t></is></c></row><row r="2"><c t="inlineStr"><is><t>k</t></is></c><c t="inlineStr"><is><t>a</t></is></c><c t="d"><v>2024-01-01T08:00:00</v></c></row><row r="3"><c t="inlineStr"><is><t>k</t></is></c><c t="inlineStr"><is><t>b</t></is></c><c><v>45292</v></c></row></sheetData></worksheet>`,
    ),
  });
}

describe('readXlsxLog', () => {
  it('reads the first sheet: Chinese headers, shared and rich strings, date cells, bad rows by row number', async () => {
    const { log, problems, sheet, sheets } = await readXlsxLog(workbook(), {
      mapping: { timezone: 'Asia/Shanghai', attributes: ['金额'] },
    });
    expect(sheet).toBe('日志');
    expect(sheets).toEqual(['日志', 'Other']);
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [5, 'row.badTime'],
      [6, 'row.noActivity'],
    ]);
    const byId = Object.fromEntries(log.cases.map((c) => [c.id, c]));
    expect(byId.C1!.events).toEqual([
      // 2024-03-05 14:30 and 15:00 in Shanghai: a date-formatted serial and a Chinese date text.
      { activity: '受理', complete: Date.parse('2024-03-05T06:30:00Z'), resource: '张三' },
      { activity: '审核', complete: Date.parse('2024-03-05T07:00:00Z'), resource: '张三' },
    ]);
    expect(byId.C1!.attributes).toEqual({ 金额: 1200.5 });
    // A built-in date format (22) and a row whose trailing cells are empty.
    expect(byId.C2!.events).toEqual([
      { activity: '受理', complete: Date.parse('2024-03-06T01:00:00Z') },
    ]);
  });

  it('reads the sheet named, and refuses an unknown sheet or bytes that are not a workbook', async () => {
    const other = await readXlsxLog(workbook(), { sheet: 'Other' });
    // Cells placed in order without references; an ISO date cell; a plain number is no date.
    expect(other.log.cases[0]!.events).toEqual([
      { activity: 'a', complete: Date.parse('2024-01-01T08:00:00Z') },
    ]);
    expect(other.problems.map((p) => [p.line, p.code])).toEqual([[3, 'row.badTime']]);
    await expect(readXlsxLog(workbook(), { sheet: 'Nope' })).rejects.toThrow(
      /no sheet named "Nope"; the workbook has "日志", "Other"/,
    );
    await expect(readXlsxLog(strToU8('case,activity\n'))).rejects.toBeInstanceOf(MiningError);
  });
});

describe('Excel dates', () => {
  it('turns 1900-system serials into wall-clock text, with the 1900 leap-year bug', () => {
    expect(excelSerialText(1)).toBe('1900-01-01 00:00:00');
    expect(excelSerialText(59)).toBe('1900-02-28 00:00:00');
    expect(excelSerialText(61)).toBe('1900-03-01 00:00:00');
    expect(excelSerialText(45356.604166666664)).toBe('2024-03-05 14:30:00');
    expect(excelSerialText(45292.5000001)).toBe('2024-01-01 12:00:00.009');
    expect(excelSerialText(0, true)).toBe('1904-01-01 00:00:00');
    expect(excelSerialText(-1)).toBeUndefined();
  });

  it('tells date formats from number formats', () => {
    expect(isDateFormat(14)).toBe(true);
    expect(isDateFormat(164, 'yyyy/m/d\\ h:mm')).toBe(true);
    expect(isDateFormat(165, 'yyyy"年"m"月"d"日"')).toBe(true);
    expect(isDateFormat(166, '[h]:mm')).toBe(true);
    expect(isDateFormat(2)).toBe(false);
    expect(isDateFormat(167, '0.00E+00')).toBe(false);
    expect(isDateFormat(168, '[Red]"Day "0.00')).toBe(false);
  });
});
