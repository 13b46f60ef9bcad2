import type { StepType } from '@flowsmith/model';

/** A small drawing of a step type for the palette (decorative; the button has the name). */
export function StepGlyph({ type }: { type: StepType }) {
  const common = { fill: 'none', stroke: 'currentColor', strokeWidth: 1.6 };
  return (
    <svg viewBox="0 0 32 24" width="32" height="24" aria-hidden>
      {type === 'task' && <rect x="3" y="4" width="26" height="16" rx="3" {...common} />}
      {type === 'subprocess' && (
        <>
          <rect x="3" y="4" width="26" height="16" rx="3" {...common} />
          <path d="M13 14h6v5h-6zM16 15v3M14.5 16.5h3" {...common} strokeWidth={1} />
        </>
      )}
      {(type === 'xor' || type === 'or' || type === 'and') && (
        <>
          <path d="M16 2L26 12L16 22L6 12Z" {...common} />
          {type === 'xor' ? (
            <path d="M13 9l6 6M19 9l-6 6" {...common} />
          ) : type === 'or' ? (
            <circle cx="16" cy="12" r="4" {...common} strokeWidth={2.2} />
          ) : (
            <path d="M16 8v8M12 12h8" {...common} />
          )}
        </>
      )}
      {type === 'start' && <circle cx="16" cy="12" r="8" {...common} />}
      {type === 'end' && <circle cx="16" cy="12" r="8" {...common} strokeWidth={3.2} />}
      {type === 'timer' && (
        <>
          <circle cx="16" cy="12" r="9" {...common} />
          <circle cx="16" cy="12" r="6.5" {...common} strokeWidth={1} />
          <path d="M16 8v4l3 2" {...common} strokeWidth={1.2} />
        </>
      )}
    </svg>
  );
}
