import type { ReactNode } from 'react';

/** One record in a list panel (role, calendar, data object, risk, KPI) with a remove button. */
export function RecordCard({
  title,
  removeLabel,
  onRemove,
  children,
  extra,
}: {
  title: string;
  removeLabel: string;
  onRemove: () => void;
  children: ReactNode;
  extra?: ReactNode;
}) {
  return (
    <div className="fs-card">
      <div className="fs-card-head">
        <strong className="fs-card-title">{title}</strong>
        {extra}
        <button
          type="button"
          className="fs-icon-button"
          aria-label={`${removeLabel}: ${title}`}
          title={removeLabel}
          onClick={onRemove}
        >
          ×
        </button>
      </div>
      {children}
    </div>
  );
}
