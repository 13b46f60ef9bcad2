import type { LogEntry } from '../results';
import { DEFAULT_LOG_EPOCH, logTimestamp } from './logTimestamp';

/**
 * The event log as XES (IEEE 1849) XML: one trace per case, two events per execution
 * (lifecycle `start` and `complete`) with `concept:name`, `org:resource` (who did it — a named
 * member or a capacity unit such as `clerk 2` — with the role as `org:role`; the role itself when
 * an entry names nobody) and `time:timestamp`.
 * Every value is XML-escaped, and characters XML 1.0 forbids are dropped. Pure.
 * `epoch` is the start (`ResolvedScenario.startEpoch`; default 2024-01-01T00:00, SIM-LOG-3).
 */
export function eventLogXes(
  entries: readonly LogEntry[],
  processName: string,
  epoch = DEFAULT_LOG_EPOCH,
): string {
  const byCase = new Map<string, LogEntry[]>();
  for (const e of entries) {
    const id = `r${e.replication}-${e.caseId}`;
    let list = byCase.get(id);
    if (!list) byCase.set(id, (list = []));
    list.push(e);
  }
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<log xes.version="1849-2016" xes.features="nested-attributes" xmlns="http://www.xes-standard.org/">',
    '  <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>',
    '  <extension name="Time" prefix="time" uri="http://www.xes-standard.org/time.xesext"/>',
    '  <extension name="Organizational" prefix="org" uri="http://www.xes-standard.org/org.xesext"/>',
    '  <extension name="Lifecycle" prefix="lifecycle" uri="http://www.xes-standard.org/lifecycle.xesext"/>',
    `  <string key="concept:name" value="${escape(processName)}"/>`,
  ];
  for (const [id, list] of byCase) {
    out.push('  <trace>', `    <string key="concept:name" value="${escape(id)}"/>`);
    const events = list.flatMap((e) => [
      { e, time: e.start, life: 'start' },
      { e, time: e.end, life: 'complete' },
    ]);
    events.sort(
      (a, b) => a.time - b.time || (a.life === b.life ? 0 : a.life === 'complete' ? -1 : 1),
    );
    for (const { e, time, life } of events) {
      out.push(
        '    <event>',
        `      <string key="concept:name" value="${escape(e.stepName)}"/>`,
        `      <string key="flowsmith:step" value="${escape(e.step)}"/>`,
        // org:resource is who did it (a member or a numbered unit), with the role beside.
        ...(e.person !== undefined
          ? [
              `      <string key="org:resource" value="${escape(e.person)}"/>`,
              ...(e.role ? [`      <string key="org:role" value="${escape(e.role)}"/>`] : []),
            ]
          : e.role
            ? [`      <string key="org:resource" value="${escape(e.role)}"/>`]
            : []),
        `      <string key="lifecycle:transition" value="${life}"/>`,
        `      <date key="time:timestamp" value="${logTimestamp(time, epoch)}"/>`,
        '    </event>',
      );
    }
    out.push('  </trace>');
  }
  out.push('</log>', '');
  return out.join('\n');
}

function escape(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
