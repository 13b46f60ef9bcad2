/** The columns a log's mapping names (everything of `ColumnMapping` but attributes and zone). */
export type MappedColumn = 'case' | 'activity' | 'start' | 'complete' | 'resource' | 'role';

/** The mapped columns in the order they are guessed and shown. */
export const MAPPED_COLUMNS: readonly MappedColumn[] = [
  'case',
  'activity',
  'start',
  'complete',
  'resource',
  'role',
];

// Exact names first (strong), then names that contain a telling word (weak). English names are
// compared in lower case with spaces, dashes and underscores removed.
const EXACT: Record<MappedColumn, readonly string[]> = {
  case: [
    'caseid',
    'case',
    'caseconcept:name',
    'case:concept:name',
    'ticket',
    'ticketid',
    'orderid',
    '案例',
    '案例编号',
    '案例id',
    '工单号',
    '工单',
    '工单编号',
    '单号',
    '流程编号',
    '申请编号',
  ],
  activity: [
    'activity',
    'activityname',
    'concept:name',
    'event',
    'eventname',
    'task',
    'step',
    '活动',
    '活动名称',
    '环节',
    '步骤',
    '节点',
    '操作',
    '动作',
  ],
  start: ['start', 'starttime', 'starttimestamp', 'startdate', '开始时间', '开始', '接收时间'],
  complete: [
    'complete',
    'completetime',
    'completetimestamp',
    'end',
    'endtime',
    'timestamp',
    'time:timestamp',
    'time',
    'date',
    'datetime',
    '完成时间',
    '结束时间',
    '时间',
    '处理时间',
    '日期',
  ],
  resource: [
    'resource',
    'org:resource',
    'user',
    'performer',
    'agent',
    'owner',
    'assignee',
    '处理人',
    '操作人',
    '执行人',
    '人员',
    '经办人',
    '负责人',
    '审批人',
  ],
  role: [
    'role',
    'org:role',
    'org:group',
    'department',
    'group',
    'team',
    '部门',
    '岗位',
    '角色',
    '科室',
  ],
};
const CONTAINS: Record<MappedColumn, readonly string[]> = {
  case: ['caseid', 'case', '案例', '工单', '单号', '编号'],
  activity: ['activity', '活动', '环节', '步骤'],
  start: ['start', 'begin', '开始'],
  complete: ['complete', 'end', 'timestamp', 'finish', '完成', '结束', '时间'],
  resource: ['resource', 'user', '处理人', '操作员', '人'],
  role: ['role', 'department', 'group', '部门', '岗位'],
};

const norm = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s_\-.]+/g, '');

/**
 * Guesses which header column is the case id, activity, start and complete time, resource and
 * role from common names in English and Chinese (`Case ID`, `org:resource`, `案例编号`, `工单号`,
 * `活动`, `开始时间`, `时间`, `处理人`, `部门`, …): exact names first, then names containing a telling
 * word; no column is used twice, nor one of `taken` (columns the user has already placed).
 * Columns it cannot place are left out. The CLI and the app's mapping dialog guess alike. Pure.
 */
export function guessColumns(
  header: readonly string[],
  taken: ReadonlySet<string> = new Set(),
): Partial<Record<MappedColumn, string>> {
  const names = header.map(norm);
  const used = new Set<number>();
  header.forEach((h, i) => {
    if (taken.has(h.trim())) used.add(i);
  });
  const draft: Partial<Record<MappedColumn, string>> = {};
  const take = (key: MappedColumn, i: number) => {
    draft[key] = header[i]!.trim();
    used.add(i);
  };
  for (const key of MAPPED_COLUMNS) {
    const i = names.findIndex((n, k) => !used.has(k) && EXACT[key].includes(n));
    if (i >= 0) take(key, i);
  }
  for (const key of MAPPED_COLUMNS) {
    if (draft[key] !== undefined) continue;
    if (key === 'start' && draft.complete === undefined) continue; // one time column: complete
    const i = names.findIndex(
      (n, k) => !used.has(k) && n && CONTAINS[key].some((w) => n.includes(w)),
    );
    if (i >= 0) take(key, i);
  }
  return draft;
}
