import { describe, expect, it } from 'vitest';
import { STEP_FIELDS } from '../commands/checkStep';
import { RECORD_FIELDS } from '../commands/checkRecord';
import { FLOW_FIELDS } from '../parse/parseFlow';
import { chain, end, processOf, role, start, task } from '../testing/build';
import { TOP_LEVEL_KEYS, type ProcessDocument } from '../types/process';
import { describeDiff } from './describeDiff';
import { diffProcesses } from './diffProcesses';
import { FIELD_LABELS, fieldLabel, type LabelledRecord } from './fieldLabels';

/**
 * The field lists the parser and the commands accept, by record type. The compiler already
 * refuses a label set that misses a field of the types; this holds the run-time lists to it too.
 */
const accepted: Array<[LabelledRecord, readonly string[]]> = [
  ['process', TOP_LEVEL_KEYS.filter((k) => k !== 'format' && k !== 'version' && k !== 'id')],
  ['step', [...new Set(Object.values(STEP_FIELDS).flatMap((s) => [...s]))]],
  ['flow', FLOW_FIELDS],
  ['role', RECORD_FIELDS.roles],
  ['calendar', RECORD_FIELDS.calendars],
  ['data', RECORD_FIELDS.data],
  ['risk', RECORD_FIELDS.risks],
  ['kpi', RECORD_FIELDS.kpis],
];

describe('FIELD_LABELS', () => {
  it.each(accepted)('labels every field of a %s in English and Chinese', (record, fields) => {
    for (const field of fields.filter((f) => f !== 'id')) {
      for (const lang of ['en', 'zh-CN'] as const) {
        expect(Object.hasOwn(FIELD_LABELS[lang][record], field), `${lang} ${record}.${field}`).toBe(
          true,
        );
      }
    }
  });

  it('has the same fields in both languages, none blank, and no raw field name in Chinese', () => {
    const en = FIELD_LABELS.en;
    const zh = FIELD_LABELS['zh-CN'];
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const record of Object.keys(en) as LabelledRecord[]) {
      const fields = Object.keys(en[record]).sort();
      expect(Object.keys(zh[record]).sort(), record).toEqual(fields);
      for (const field of fields) {
        const zhLabel = (zh[record] as Record<string, string>)[field]!;
        expect((en[record] as Record<string, string>)[field]!.trim(), field).not.toBe('');
        // a Chinese label is Chinese (RACI is the one acronym a Chinese SOP writes as it is)
        if (zhLabel !== 'RACI') expect(zhLabel, `${record}.${field}`).toMatch(/\p{Script=Han}/u);
      }
    }
  });

  it('gives an unknown name back as written', () => {
    expect(fieldLabel('role', 'shoeSize', 'zh-CN')).toBe('shoeSize');
    expect(fieldLabel('role', 'toString', 'en')).toBe('toString');
  });
});

describe('describeDiff names the new fields in words', () => {
  const asIs = (): ProcessDocument =>
    processOf('p', {
      roles: [role('clerk'), role('boss')],
      steps: [start('start', 10), task('a', 'clerk', 2), task('b', 'boss', 3), end()],
      flows: chain('start', 'a', 'b', 'end'),
    });
  const toBe = (): ProcessDocument => {
    const d = asIs();
    d.roles[0] = {
      ...d.roles[0]!,
      department: '采购部',
      reportsTo: 'boss',
      jobCode: 'PUR-02',
      purpose: '按时采购',
      qualifications: ['大专'],
      permissions: ['下达订单'],
      kind: 'person',
      description: '采购',
    };
    return d;
  };

  it.each([
    [
      'zh-CN',
      '修改角色「clerk」的所属部门、说明、岗位编号、类别（人员、系统或外部单位）、岗位权限、岗位目的、任职资格、直接上级',
    ],
    [
      'en',
      'Changed department, description, job code, kind (person, system or outside party), authorities, purpose of the job, qualifications, reports to of role “clerk”',
    ],
  ] as const)('in %s', (lang, words) => {
    const lines = describeDiff(diffProcesses(asIs(), toBe()), asIs(), toBe(), lang);
    expect(lines.map((l) => l.text)).toContain(words);
  });
});
