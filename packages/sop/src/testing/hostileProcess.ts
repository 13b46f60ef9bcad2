import { build, type ProcessDocument } from '@flowsmith/model';

/** Names that try to break out of every format: markup, quotes, Markdown, emoji, very long text. */
export const HOSTILE = {
  script: '<script>alert("x")</script>',
  style: '</style><b>bold</b>',
  quotes: `"double" & 'single' <!-- -->`,
  markdown: '*not bold* _x_ | pipe | [link](http://e.com) `code`',
  emoji: '审批 ✅ 🚀👩‍💻',
  long: '很长的步骤名称'.repeat(40),
} as const;

/**
 * A small valid process whose every name is hostile (tests only): roles, steps, data, flow labels,
 * instructions, cautions, risks and KPIs.
 */
export function hostileProcess(): ProcessDocument {
  const { processOf, start, task, end, gate, flow, role } = build;
  const doc = processOf('hostile', {
    roles: [
      { ...role('r1', 1, 60), name: HOSTILE.script },
      { ...role('r2', 1, 60), name: HOSTILE.emoji },
    ],
    steps: [
      { ...start('start', 30), name: HOSTILE.quotes },
      task('a', 'r1', 5, {
        name: HOSTILE.script,
        instructions: HOSTILE.style,
        cautions: [HOSTILE.markdown, HOSTILE.quotes],
        inputs: ['d1'],
        system: HOSTILE.style,
        raci: { accountable: 'r2' },
      }),
      { ...gate('x', 'xor'), name: HOSTILE.markdown },
      task('b', 'r2', 5, { name: HOSTILE.long }),
      task('c', 'r2', 5, { name: HOSTILE.emoji }),
      { ...gate('m', 'xor'), name: HOSTILE.style },
      { ...end(), name: HOSTILE.style },
    ],
    flows: [
      flow('start', 'a'),
      flow('a', 'x'),
      flow('x', 'b', { probability: 0.5, label: HOSTILE.script }),
      flow('x', 'c', { probability: 0.5, label: HOSTILE.quotes }),
      flow('b', 'm'),
      flow('c', 'm'),
      flow('m', 'end'),
    ],
  });
  return {
    ...doc,
    name: HOSTILE.script,
    description: HOSTILE.style,
    data: [{ id: 'd1', name: HOSTILE.quotes }],
    risks: [{ id: 'k', name: HOSTILE.script, steps: ['a'], mitigation: HOSTILE.markdown }],
    kpis: [{ id: 'kp', name: HOSTILE.emoji, target: '< 5 <b>' }],
  };
}
