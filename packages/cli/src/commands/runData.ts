import type { Writable } from 'node:stream';
import { formatMessage, type Lang, type MessageTable } from '@flowsmith/model';
import type { AvailableActions, CaseDataField, CaseValueType } from '@flowsmith/compiler';
import { sayRun } from './runTerminalMessages';

type Params = {
  'run.needData': { name: string; step: string };
  'run.waitingForData': { step: string; names: string; example: string };
};

/** The messages `flowsmith run` uses when a decision waits for case data, in English and zh-CN. */
export const runDataMessages: MessageTable<Params> = {
  'run.needData': {
    en: (p) => `"${p.step}" needs "${p.name}": `,
    'zh-CN': (p) => `“${p.step}”需要“${p.name}”：`,
  },
  'run.waitingForData': {
    en: (p) => `The case waits at "${p.step}" for ${p.names}; provide it with ${p.example}`,
    'zh-CN': (p) => `案例在“${p.step}”等待数据 ${p.names}；请用 ${p.example} 提供`,
  },
};

/** Renders a message of {@link runDataMessages}. Pure. */
export const sayData = <C extends keyof Params>(code: C, params: Params[C], lang: Lang) =>
  formatMessage(runDataMessages, code, params, lang);

/**
 * The decisions (xor and or splits) that wait for case data (compiler SPEC.md CM-XOR-DATA), with
 * the names they lack. Pure.
 */
export function decisionsWaitingForData(
  open: AvailableActions,
): Array<{ stepId: string; name: string; missing: string[] }> {
  return open.waiting.flatMap((w) =>
    (w.type === 'xor' || w.type === 'or') && w.missing !== undefined && w.missing.length > 0
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
 * A value typed at the terminal for a name whose conditions compare it with `types` (the
 * compiler's `caseDataFields`): a number must be a number; yes/no (是/否, true/false, y/n) for a
 * boolean; text is taken as typed (without quotes). Several or no types: {@link parseDataValue}.
 * Undefined for an empty answer; `{ wrong }` names the message to show. Pure.
 */
export function parseTypedValue(
  text: string,
  types: readonly CaseValueType[],
):
  | { value: string | number | boolean }
  | { wrong: 'run.expectNumber' | 'run.expectBoolean' }
  | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  if (types.length === 1 && types[0] === 'number') {
    const v = parseDataValue(t);
    return typeof v === 'number' ? { value: v } : { wrong: 'run.expectNumber' };
  }
  if (types.length === 1 && types[0] === 'boolean') {
    const v = t.toLowerCase();
    if (['true', 'yes', 'y', '是', '对'].includes(v)) return { value: true };
    if (['false', 'no', 'n', '否', '不'].includes(v)) return { value: false };
    return { wrong: 'run.expectBoolean' };
  }
  if (types.length === 1 && types[0] === 'string') {
    const quoted = /^(["'])(.*)\1$/su.exec(t);
    return { value: quoted ? quoted[2]! : t };
  }
  return { value: parseDataValue(t)! };
}

const HINTS = {
  number: 'run.hintNumber',
  boolean: 'run.hintBoolean',
  string: 'run.hintText',
} as const;

/**
 * Asks at the terminal for each name the decisions `needs` lack (each once), checking each answer
 * against the types its conditions compare it with (`typesOf`): writes the question to
 * `io.output` and reads the answer from `io.lines`; a blank or wrong answer asks again, saying
 * what is expected. The values to send as SET_DATA, or null when the user typed `q` or the input ended.
 */
export async function askMissingData(
  needs: ReturnType<typeof decisionsWaitingForData>,
  io: { output: Writable; lines: AsyncIterator<string> },
  print: (line: string) => void,
  lang: Lang,
  typesOf: (name: string) => readonly CaseValueType[] = () => [],
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
      const types = typesOf(name);
      const hint = types.length === 1 ? HINTS[types[0]!] : 'run.hintAny';
      print(sayRun(hint, {}, lang));
      let value: string | number | boolean | undefined;
      while (value === undefined) {
        const answer = await prompt(sayData('run.needData', { name, step: need.name }, lang));
        if (answer === undefined || answer.trim().toLowerCase() === 'q') return null;
        const parsed = parseTypedValue(answer, types);
        if (parsed !== undefined && 'wrong' in parsed) print(sayRun(parsed.wrong, {}, lang));
        else if (parsed !== undefined) value = parsed.value;
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

/**
 * The values of case data (from `--data`) whose type is not one the process's conditions compare
 * them with (`fields`, from the compiler's `caseDataFields`): `"amount": "80000"` where a condition
 * reads `amount > 50000` would make every comparison fail and send the case down the default
 * branch. Missing values are not listed (run asks for them). Pure.
 */
export function wrongDataTypes(
  data: Record<string, unknown>,
  fields: readonly CaseDataField[],
): Array<{ name: string; expected: readonly CaseValueType[]; value: unknown }> {
  const out: Array<{ name: string; expected: readonly CaseValueType[]; value: unknown }> = [];
  for (const f of fields) {
    if (f.readBy.length === 0 || f.types.length === 0) continue;
    let value: unknown = Object.hasOwn(data, f.name) ? data[f.name] : undefined;
    if (value === undefined && f.path.length > 1) {
      value = data;
      for (const segment of f.path) {
        const at = value as Record<string, unknown> | null;
        value =
          typeof at === 'object' && at !== null && Object.hasOwn(at, segment)
            ? at[segment]
            : undefined;
      }
    }
    if (value === undefined || value === null) continue;
    if (!(f.types as readonly string[]).includes(typeof value))
      out.push({ name: f.name, expected: f.types, value });
  }
  return out;
}
