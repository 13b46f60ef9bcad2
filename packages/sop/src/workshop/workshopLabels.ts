import type { Lang } from '@flowsmith/model';

/** Every heading and label of the workshop report, in one language. */
export interface WorkshopLabels {
  title: (name: string) => string;
  summary: (p: { participants: number; votes: number; notes: number; open: number }) => string;
  topVoted: string;
  noVotes: string;
  rank: string;
  problem: string;
  votes: string;
  voters: string;
  wastes: string;
  findings: string;
  noFindings: string;
  stepProblem: (step: string) => string;
  noteProblem: (text: string, where?: string) => string;
  wasteSummary: string;
  noWastes: string;
  waste: string;
  count: string;
  steps: string;
  openNotes: string;
  noOpenNotes: string;
  where: string;
  note: string;
  author: string;
  written: string;
  free: string;
  onStep: (name: string) => string;
  onFlow: (from: string, to: string) => string;
  onLane: (name: string) => string;
  removed: string;
  resolvedCount: (n: number) => string;
  parkingLot: string;
  noParking: string;
  done: string;
  list: string;
}

const en: WorkshopLabels = {
  title: (name) => `Workshop report: ${name}`,
  summary: (p) =>
    `${p.participants} ${p.participants === 1 ? 'participant' : 'participants'} voted ${p.votes} ${p.votes === 1 ? 'dot' : 'dots'}; ${p.notes} ${p.notes === 1 ? 'note' : 'notes'}, ${p.open} still open.`,
  topVoted: '1 Top-voted problems',
  noVotes: 'No votes were cast.',
  rank: 'Rank',
  problem: 'Problem',
  votes: 'Votes',
  voters: 'Voters',
  wastes: 'Waste tags',
  findings: 'What the analysis found',
  noFindings: '—',
  stepProblem: (step) => `Step "${step}"`,
  noteProblem: (text, where) => (where ? `Note "${text}" (${where})` : `Note "${text}"`),
  wasteSummary: '2 Waste tags',
  noWastes: 'No step was tagged.',
  waste: 'Waste or pain point',
  count: 'Steps tagged',
  steps: 'Steps',
  openNotes: '3 Open notes',
  noOpenNotes: 'No open notes.',
  where: 'On',
  note: 'Note',
  author: 'By',
  written: 'Written',
  free: 'the map',
  onStep: (name) => `step "${name}"`,
  onFlow: (from, to) => `flow "${from}" → "${to}"`,
  onLane: (name) => `lane "${name}"`,
  removed: 'a removed element',
  resolvedCount: (n) => `${n} ${n === 1 ? 'note was' : 'notes were'} resolved in the workshop.`,
  parkingLot: '4 Parking lot',
  noParking: 'Nothing was parked.',
  done: 'done',
  list: 'Items',
};

const zh: WorkshopLabels = {
  title: (name) => `研讨会报告：${name}`,
  summary: (p) =>
    `${p.participants} 人共投 ${p.votes} 票；便签 ${p.notes} 张，其中 ${p.open} 张尚未解决。`,
  topVoted: '1 得票最多的问题',
  noVotes: '尚无人投票。',
  rank: '排名',
  problem: '问题',
  votes: '票数',
  voters: '投票人',
  wastes: '浪费标记',
  findings: '分析发现',
  noFindings: '—',
  stepProblem: (step) => `步骤「${step}」`,
  noteProblem: (text, where) => (where ? `便签「${text}」（${where}）` : `便签「${text}」`),
  wasteSummary: '2 浪费标记汇总',
  noWastes: '没有步骤被标记。',
  waste: '浪费或痛点',
  count: '标记步骤数',
  steps: '步骤',
  openNotes: '3 未解决的便签',
  noOpenNotes: '没有未解决的便签。',
  where: '位置',
  note: '便签',
  author: '作者',
  written: '时间',
  free: '画布',
  onStep: (name) => `步骤「${name}」`,
  onFlow: (from, to) => `连线「${from}」→「${to}」`,
  onLane: (name) => `泳道「${name}」`,
  removed: '已删除的元素',
  resolvedCount: (n) => `研讨会中已解决 ${n} 张便签。`,
  parkingLot: '4 停车场',
  noParking: '停车场为空。',
  done: '已处理',
  list: '条目',
};

/** The workshop report's labels in `lang`. Pure. */
export function workshopLabels(lang: Lang): WorkshopLabels {
  return lang === 'zh-CN' ? zh : en;
}
