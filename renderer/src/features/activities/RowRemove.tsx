import { ActionIcon, Tooltip } from '@mantine/core';

/** The ✕ at the end of an editable row. */
export function RowRemove({ label, onClick, testId }: { label: string; onClick: () => void; testId?: string }) {
  return (
    <Tooltip label={label}>
      <ActionIcon mt={24} color="red" variant="subtle" aria-label={label} data-testid={testId} onClick={onClick}>
        ✕
      </ActionIcon>
    </Tooltip>
  );
}
