import type { Writable } from 'node:stream';
import { formatMessage, type Lang, type MessageTable } from '@flowsmith/model';
import type { AvailableActions } from '@flowsmith/compiler';

type Params = {
  'run.needData': { name: string; step: string };
  'run.dataExample': Record<string, never>;
  'run.waitingForData': { step: string; names: string; example: string };
};

/** The messages `flowsmith run` uses when a decision waits for case data, in English and zh-CN. */
export const runDataMessages: MessageTable<Params> = {
  'run.needData': {
    en: (p) => `"${p.step}" needs "${p.name}": `,
    'zh-CN': (p) => `“${p.step}”需要“${p.name}”：`,
  },
  'run.dataExample': {
    en: () => '(a number, true/false or text; q to stop)',
    'zh-CN': () => '（数字、true/false 或文字；q 退出）',
  },
  'run.waitingForData': {
    en: (p) => `The case waits at "${p.step}" for ${p.names}; provide it with ${p.example}`,
    'zh-CN': (p) => `案例在“${p.step}”等待数据 ${p.names}；请用 ${p.example} 提供`,
  },
};

/** Renders a message of {@link runDataMessages}. Pure. */
export const sayData = <C extends keyof Params>(code: C, params: Params[C], lang: Lang) =>
  formatMessage(runDataMessages, code, params, lang);

/** The decisions that wait for case data (compiler SPEC.md CM-XOR-DATA), with the names they lack. Pure. */
export function decisionsWaitingForData(
  open: AvailableActions,
): Array<{ stepId: string; name: string; missing: string[] }> {
  return open.waiting.flatMap((w) =>
    w.type === 'xor' && w.missing !== undefined && w.missing.length > 0
      ? [{ stepId: w.stepId, name: w.name, missing: w.missing }]
      : [],
  );
}

/**
 * A value typed at the terminal as case data: a number (`50000`, `1.5e3`), `true` / `false`, text
 * in quotes without them, or the text as typed. Undefined for an empty answer. Pure.
 */
export function parseDataValue(text: string): string | number | boolean | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  if (t === 'true' || t === 'false') return t === 'true';
  if (/^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i.test(t)) return Number(t);
  const quoted = /^(["'])(.*)\1$/su.exec(t);
  return quoted ? quoted[2]! : t;
}

/** The lines that say which decisions wait for which data, with the event that provides it. Pure. */
export function waitingForDataLines(open: AvailableActions, lang: Lang): string[] {
  return decisionsWaitingForData(open).map((d) => {
    const data = Object.fromEntries(d.missing.map((n) => [n, '…']));
    const example = JSON.stringify({ type: 'SET_DATA', data });
    return sayData(
      'run.waitingForData',
      { step: d.name, names: d.missing.join(', '), example },
      lang,
    );
  });
}

/**
 * Asks at the terminal for each name the decisions `needs` lack (each once): writes the question
 * to `io.output` and reads the answer from `io.lines`. A blank answer asks again. The values to
 * send as SET_DATA, or null when the user typed `q` or the input ended.
 */
export async function askMissingData(
  needs: ReturnType<typeof decisionsWaitingForData>,
  io: { output: Writable; lines: AsyncIterator<string> },
  print: (line: string) => void,
  lang: Lang,
): Promise<Record<string, unknown> | null> {
  const prompt = async (question: string) => {
    io.output.write(question);
    const next = await io.lines.next();
    return next.done ? undefined : next.value;
  };
  const data: Record<string, unknown> = {};
  for (const need of needs) {
    for (const name of need.missing) {
      if (Object.hasOwn(data, name)) continue;
      let value: ReturnType<typeof parseDataValue>;
      while (value === undefined) {
        print(sayData('run.dataExample', {}, lang));
        const answer = await prompt(sayData('run.needData', { name, step: need.name }, lang));
        if (answer === undefined || answer.trim().toLowerCase() === 'q') return null;
        value = parseDataValue(answer);
      }
      Object.defineProperty(data, name, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return data;
}
