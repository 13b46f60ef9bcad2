/** The button under a list panel's cards that appends a new record (role, calendar, data object, …). */
export function AddButton({ label, onAdd }: { label: string; onAdd: () => void }) {
  return (
    <button type="button" className="fs-button" onClick={onAdd}>
      ＋ {label}
    </button>
  );
}
