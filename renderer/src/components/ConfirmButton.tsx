import { Button, type ButtonProps, Group, Popover, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A destructive action that asks once more, in words, before it runs. */
export function ConfirmButton({
  question,
  onConfirm,
  children,
  testId,
  ...button
}: ButtonProps & { question: ReactNode; onConfirm: () => void; children: ReactNode; testId?: string }) {
  const { t } = useTranslation();
  const [opened, { close, toggle }] = useDisclosure(false);
  return (
    <Popover opened={opened} onChange={(o) => (o ? undefined : close())} withArrow shadow="md" position="bottom-end">
      <Popover.Target>
        <Button color="red" variant="subtle" size="xs" onClick={toggle} data-testid={testId} {...button}>
          {children}
        </Button>
      </Popover.Target>
      <Popover.Dropdown maw={320}>
        <Stack gap="xs">
          <Text size="sm">{question}</Text>
          <Group justify="flex-end" gap="xs">
            <Button size="xs" variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              size="xs"
              color="red"
              data-testid={testId ? `${testId}-confirm` : undefined}
              onClick={() => {
                close();
                onConfirm();
              }}
            >
              {children}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
