/**
 * The words a pasted or typed cell may use for a task kind, a value class, a step type and a
 * column heading — every label the UI shows, in English and Chinese, and the FORMAT ids. Pure.
 */
import type { StepType, TaskKind, ValueClass } from '@flowsmith/model';

/** The columns of a pasted row. */
export type PasteColumn = 'name' | 'type' | 'role' | 'kind' | 'duration' | 'next' | 'value';

/** The column order when the rows have no heading row. */
export const DEFAULT_COLUMNS: readonly PasteColumn[] = [
  'name',
  'role',
  'kind',
  'duration',
  'next',
  'value',
];

/** Folds case, width and spacing so `Approval`, ` approval ` and `ＡＰＰＲＯＶＡＬ` read alike. */
export function foldWord(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .trim();
}

const table = <T extends string>(entries: Record<T, readonly string[]>): Map<string, T> => {
  const map = new Map<string, T>();
  for (const [id, words] of Object.entries(entries) as Array<[T, readonly string[]]>)
    for (const w of [id, ...words]) map.set(foldWord(w), id);
  return map;
};

const KIND_WORDS = table<TaskKind>({
  manual: ['Manual', '人工', '手工', '人工任务'],
  approval: ['Approval', 'approve', '审批', '批准'],
  review: ['Review', 'check', '审核', '复核', '检查'],
  system: ['System', 'automatic', 'auto', '系统', '自动', '系统任务'],
});

const VALUE_WORDS = table<ValueClass>({
  VA: ['value-adding', 'value adding', '增值'],
  BVA: [
    'business-value-adding',
    'business value adding',
    'necessary non-value-adding',
    '必要非增值',
    '业务必需',
    '业务必要',
  ],
  NVA: ['non-value-adding', 'non value adding', 'waste', '非增值', '浪费'],
});

const TYPE_WORDS = table<Exclude<StepType, 'subprocess'>>({
  task: ['Task', '任务', '活动'],
  start: ['Start', '开始'],
  end: ['End', '结束'],
  xor: ['Decision', 'Decision (xor)', 'gateway', '判断', '判断（排他）', '决策', '排他'],
  or: [
    'Inclusive',
    'Inclusive (or)',
    'OR gateway',
    '包容',
    '包容网关',
    '包容网关（OR）',
    'OR 网关',
    '或',
  ],
  and: ['Parallel', 'Parallel (and)', '并行'],
  timer: ['Wait', 'Wait (timer)', 'timer', '等待', '等待（定时）', '定时'],
});

const COLUMN_WORDS = table<PasteColumn>({
  name: ['名称', '步骤', '步骤名称', '名字', 'step'],
  type: ['类别', '步骤类型', 'step type'],
  role: ['角色', '负责人', '岗位', 'owner'],
  kind: ['类型', '任务类型', 'task kind'],
  duration: ['时长', '耗时', '用时', 'time'],
  next: ['next steps', '下一步', '后续步骤'],
  value: ['价值', '价值类别', 'value class'],
});

/** The task kind a cell names (`人工`, `Approval`, `review`…), or undefined. */
export function readKind(text: string): TaskKind | undefined {
  return KIND_WORDS.get(foldWord(text));
}

/** The value class a cell names (`增值`, `必要非增值`, `BVA`, `non-value-adding`…), or undefined. */
export function readValue(text: string): ValueClass | undefined {
  // A dropdown label "BVA — 业务必需" names its class before the dash.
  const head = /^\s*(\S+)\s+[—–-]\s/.exec(text)?.[1];
  return VALUE_WORDS.get(foldWord(text)) ?? (head ? VALUE_WORDS.get(foldWord(head)) : undefined);
}

/** The step type a cell names (`任务`, `判断`, `End`…), or undefined; subprocesses cannot be pasted. */
export function readStepType(text: string): Exclude<StepType, 'subprocess'> | undefined {
  return TYPE_WORDS.get(foldWord(text));
}

/** The column a heading names (`名称`, `Kind`, `类型`, `Next steps`…), or undefined. */
export function readColumn(text: string): PasteColumn | undefined {
  return COLUMN_WORDS.get(foldWord(text));
}

/** The accepted words of a column, as shown in a problem message. */
export const EXAMPLES: Record<'kind' | 'value' | 'type', string> = {
  kind: '人工/审批/审核/系统, manual/approval/review/system',
  value: '增值/必要非增值/非增值, VA/BVA/NVA',
  type: '任务/开始/结束/判断/包容/并行/等待, task/start/end/xor/or/and/timer',
};
