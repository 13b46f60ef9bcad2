import { TextField } from '../inspector/fields/TextField';

/**
 * A list of short texts edited one per line (任职资格, 权限, 适用部门): blank lines and spaces
 * around each line are dropped; an empty list commits `null` (the field is cleared).
 */
export function LinesField({
  label,
  value,
  hint,
  testId,
  onCommit,
}: {
  label: string;
  value: readonly string[] | undefined;
  hint?: string;
  testId?: string;
  onCommit: (lines: string[] | null) => string | null;
}) {
  return (
    <TextField
      label={label}
      value={(value ?? []).join('\n')}
      multiline
      {...(hint !== undefined && { hint })}
      {...(testId !== undefined && { testId })}
      onCommit={(text) => {
        const lines = text
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l.length > 0);
        return onCommit(lines.length > 0 ? lines : null);
      }}
    />
  );
}
