import { formatPercent, type Metrics } from '@flowsmith/analysis';
import { useTranslation } from 'react-i18next';
import { useEditorState } from '../EditorContext';
import { heatColour } from './heatColour';

/** A bar per role showing how busy it is (green to red; past 100 % it is overloaded). */
export function RoleUtilisation({ metrics }: { metrics: Metrics }) {
  const { t } = useTranslation();
  const roles = useEditorState((s) => s.doc.roles);
  const rows = roles.filter((r) => Object.hasOwn(metrics.roles, r.id));
  if (rows.length === 0) return null;
  return (
    <div className="fs-analysis-roles">
      <h3 className="fs-subtitle">{t('analysis.utilisation')}</h3>
      <ul className="fs-analysis-bars">
        {rows.map((role) => {
          const u = metrics.roles[role.id]!.utilization;
          const value = formatPercent(u);
          return (
            <li
              key={role.id}
              className="fs-analysis-bar-row"
              title={t('analysis.utilisationOf', { role: role.name, value })}
            >
              <span className="fs-analysis-bar-name">{role.name}</span>
              <span
                className="fs-analysis-bar"
                role="meter"
                aria-label={role.name}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Number.isFinite(u) ? Math.round(Math.min(u, 1) * 100) : 100}
                aria-valuetext={value}
              >
                <span
                  className="fs-analysis-bar-fill"
                  style={{
                    width: `${Math.min(1, Number.isFinite(u) ? u : 1) * 100}%`,
                    background: heatColour(u),
                  }}
                />
              </span>
              <span className={`fs-analysis-bar-value${u >= 1 ? ' is-over' : ''}`}>
                {u >= 1 ? `${value} ${t('analysis.overloaded')}` : value}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
