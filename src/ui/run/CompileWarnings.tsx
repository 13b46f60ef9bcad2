import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { compileWarnings } from '@flowsmith/compiler';
import type { Lang, ProcessDocument } from '@flowsmith/model';

/**
 * What compiles but deserves a look before running cases (compiler SPEC.md CM-WARN): a decision
 * whose default branch skips a control. Nothing when there is none.
 */
export function CompileWarnings({ doc, lang }: { doc: ProcessDocument; lang: Lang }) {
  const { t } = useTranslation();
  const warnings = useMemo(() => compileWarnings(doc, lang), [doc, lang]);
  if (warnings.length === 0) return null;
  return (
    <div className="fs-run-warnings" data-testid="run-warnings">
      <p className="fs-run-refusal-title">{t('run.warnings')}</p>
      <ul>
        {warnings.map((w) => (
          <li key={w.ids.join('/')} data-code={w.code} data-step={w.ids[0]}>
            {w.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
