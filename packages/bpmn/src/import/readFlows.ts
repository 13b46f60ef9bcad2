import { parseCondition } from '@flowsmith/model';
import { readPayload } from '../extensionPayload';
import { one, str, type El } from '../moddle';
import { DEFAULT_KEY } from './mergeStep';
import { bpmnNameOfFlow } from '../nativeFields';
import { xmlText } from '../xmlText';
import type { FlowDraft } from './FlowDraft';
import type { ImportContext } from './ImportContext';
import { expression } from './readNode';

/**
 * Reads sequence flows: name → label, a condition expression → `condition` when it is in the
 * condition language (after unwrapping `${…}`/`#{…}` and reading `&&`/`||` as and/or), else kept
 * as the label with a warning — except a bare number in (0, 1] on a gateway's flow, which QBP
 * tools write for the branch probability; a gateway's or activity's default flow → `default: true`. A
 * `flowsmith:flow` extension gives back the fields BPMN has no place for (probability…) and the
 * exact label and condition, unless the flow was edited in another tool.
 */
export function readFlows(seqFlows: readonly El[], ctx: ImportContext): FlowDraft[] {
  const drafts: FlowDraft[] = [];
  for (const el of seqFlows) {
    const from = one(el, 'sourceRef');
    const to = one(el, 'targetRef');
    const payload = readPayload(el, 'flow');
    const id = ctx.idFor(el, payload?.id);
    if (!from || !to) {
      ctx.warn('flow-unconnected', ctx.about(el), el);
      continue;
    }
    const name = str(el, 'name');
    const rawBody = expression(el, 'conditionExpression');
    const body = rawBody?.trim();
    const fields: FlowDraft['fields'] = {};
    const probability = body ? branchProbability(body, from) : undefined;
    if (probability !== undefined) {
      // BIMP and QBP write a gateway branch's probability as its condition expression.
      fields.probability = probability;
      if (name !== undefined && name !== '') fields.label = name;
    } else if (body) {
      const condition = toConditionLanguage(body);
      if (condition.ok) {
        fields.condition = condition.text;
        if (name !== undefined && name !== condition.text) fields.label = name;
      } else {
        fields.label = name ?? body;
        // A condition Flowsmith itself exported comes back from the extension as it was.
        const saved =
          typeof payload?.condition === 'string' ? xmlText(payload.condition) : undefined;
        if (saved !== rawBody)
          ctx.warn(
            'condition-not-understood',
            { ...ctx.about(el), text: body, reason: condition.reason },
            el,
          );
      }
    } else if (name !== undefined && name !== '') fields.label = name;
    const isDefault = one(from, 'default') === el;
    if (isDefault) fields.default = true;
    drafts.push({
      el,
      id,
      from,
      to,
      fields: payload ? mergeFlow(payload, fields, name, rawBody) : fields,
    });
  }
  return drafts;
}

/** The payload's fields, except where the BPMN attributes differ from what export wrote for it. */
function mergeFlow(
  payload: Record<string, unknown>,
  native: FlowDraft['fields'],
  name: string | undefined,
  body: string | undefined,
): FlowDraft['fields'] {
  const {
    id: _id,
    from: _from,
    to: _to,
    [DEFAULT_KEY]: wroteDefault,
    ...fields
  } = payload as unknown as FlowDraft['fields'] & {
    id: string;
    from: string;
    to: string;
    [DEFAULT_KEY]?: boolean;
  };
  const wroteName = bpmnNameOfFlow({ id: '', from: '', to: '', ...fields });
  if ((name ?? undefined) !== wroteName) setOrDelete(fields, 'label', native.label);
  if ((body?.trim() || undefined) !== (xmlText(fields.condition)?.trim() || undefined)) {
    setOrDelete(fields, 'condition', native.condition);
    setOrDelete(fields, 'label', native.label);
  }
  if (Boolean(wroteDefault) !== Boolean(native.default))
    setOrDelete(fields, 'default', native.default);
  return fields;
}

function setOrDelete<K extends keyof FlowDraft['fields']>(
  o: FlowDraft['fields'],
  key: K,
  v: FlowDraft['fields'][K],
): void {
  if (v === undefined) delete o[key];
  else o[key] = v;
}

/**
 * The probability a numeric condition expression (`0.3`) on a flow leaving an exclusive or
 * inclusive gateway stands for (QBP, BIMP), or undefined. Pure.
 */
function branchProbability(body: string, from: El): number | undefined {
  if (!/^(0(\.\d*)?|\.\d+|1(\.0*)?)$/.test(body)) return undefined;
  if (from.$type !== 'bpmn:ExclusiveGateway' && from.$type !== 'bpmn:InclusiveGateway')
    return undefined;
  const p = Number(body);
  return p > 0 ? p : undefined;
}

function toConditionLanguage(
  body: string,
): { ok: true; text: string } | { ok: false; reason: string } {
  const unwrapped = /^[$#]\{([\s\S]*)\}$/.exec(body)?.[1]?.trim() ?? body;
  const direct = parseCondition(unwrapped);
  if (direct.ok) return { ok: true, text: unwrapped };
  const translated = unwrapped
    .replace(/&&/g, ' and ')
    .replace(/\|\|/g, ' or ')
    .replace(/\s+/g, ' ')
    .trim();
  if (translated !== unwrapped && parseCondition(translated).ok)
    return { ok: true, text: translated };
  return { ok: false, reason: direct.error.message };
}
