import type { TaskKind } from '@flowsmith/model';

const PATHS: Record<TaskKind, string> = {
  // a person
  manual: 'M8 7a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm-5 8c0-3 2.2-5 5-5s5 2 5 5z',
  // a gear-like cog: system work
  system:
    'M7 1h2l.4 2 1.6.7 1.7-1.1 1.4 1.4-1.1 1.7.7 1.6 2 .4v2l-2 .4-.7 1.6 1.1 1.7-1.4 1.4-1.7-1.1-1.6.7L9 15H7l-.4-2-1.6-.7-1.7 1.1-1.4-1.4 1.1-1.7L2.3 9 .3 8.6v-2l2-.4.7-1.6-1.1-1.7 1.4-1.4 1.7 1.1L6.6 3zM8 5.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5z',
  // a tick in a seal: approval
  approval:
    'M8 1l2 1.5 2.5-.2.8 2.4 2 1.5-.8 2.4.8 2.4-2 1.5-.8 2.4-2.5-.2L8 15l-2-1.5-2.5.2-.8-2.4-2-1.5.8-2.4-.8-2.4 2-1.5.8-2.4 2.5.2zM5 8l2 2 4-4',
  // an eye: review
  review: 'M1 8s2.5-5 7-5 7 5 7 5-2.5 5-7 5-7-5-7-5zm7-2.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5z',
};

/** The small icon of a task's kind (manual, system, approval, review). */
export function KindIcon({ kind, title }: { kind: TaskKind; title: string }) {
  return (
    <svg
      className={`fs-kind fs-kind--${kind}`}
      viewBox="0 0 16 16"
      width="14"
      height="14"
      role="img"
      aria-label={title}
    >
      <title>{title}</title>
      <path
        d={PATHS[kind]}
        fill={kind === 'approval' ? 'none' : 'currentColor'}
        stroke={kind === 'approval' ? 'currentColor' : 'none'}
        strokeWidth="1.4"
      />
    </svg>
  );
}
