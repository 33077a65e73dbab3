import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One labelled value in a read-only view. Multi-line text keeps its line breaks. */
export function Field({ label, children, testId }: { label: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text component="div" size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid={testId}>
        {children}
      </Text>
    </Stack>
  );
}

export function FieldGrid({ children, cols = 3 }: { children: ReactNode; cols?: number }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: cols }} spacing="md" verticalSpacing="sm">
      {children}
    </SimpleGrid>
  );
}
