import { ActionIcon, Code, Modal, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { aboutQuery } from './queries';

/** How the installed app's command line is started on each OS (docs/packaging.md). */
const cliExamples = [
  { os: 'Linux', command: '"/opt/ROPA Desk/ropa" check --json' },
  { os: 'Windows', command: '"%LOCALAPPDATA%\\Programs\\ROPA Desk\\ropa.cmd" check --json' },
  { os: 'macOS', command: '"/Applications/ROPA Desk.app/Contents/MacOS/ROPA Desk" --cli check --json' },
];

/** The "About and help" dialog behind the header's ? button: versions, the register file, the command line. */
export function AboutDialog() {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const about = useQuery({ ...aboutQuery(), enabled: opened });
  return (
    <>
      <Tooltip label={t('about.open')}>
        <ActionIcon variant="subtle" size="lg" aria-label={t('about.open')} data-testid="about-open" onClick={open}>
          ?
        </ActionIcon>
      </Tooltip>
      <Modal opened={opened} onClose={close} title={t('about.title')} size="lg" data-testid="about-dialog">
        {about.isError ? <ErrorAlert error={about.error} /> : null}
        {about.data ? (
          <Stack gap="md">
            <Table withRowBorders={false} verticalSpacing={4} data-testid="about-versions">
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th>{t('about.appVersion')}</Table.Th>
                  <Table.Td data-testid="about-app-version">{about.data.appVersion}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('about.registerFileFormat')}</Table.Th>
                  <Table.Td data-testid="about-register-format">{about.data.registerFileFormat}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('about.exchangeFormat')}</Table.Th>
                  <Table.Td>{about.data.exchangeFormat}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('about.knowledgeBase')}</Table.Th>
                  <Table.Td>{t('about.knowledgeBaseValue', about.data.knowledgeBase)}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('about.registerFile')}</Table.Th>
                  <Table.Td>
                    <Code>{about.data.registerFile}</Code>
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('about.lastWrittenBy')}</Table.Th>
                  <Table.Td data-testid="about-last-written-by">{about.data.lastWrittenBy ?? t('about.neverWritten')}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
            <div>
              <Title order={5}>{t('about.cliTitle')}</Title>
              <Text size="sm" mt={4}>
                {t('about.cliIntro')}
              </Text>
              <Table withRowBorders={false} verticalSpacing={2} mt="xs" data-testid="about-cli">
                <Table.Tbody>
                  {cliExamples.map((e) => (
                    <Table.Tr key={e.os}>
                      <Table.Th w={90}>{e.os}</Table.Th>
                      <Table.Td>
                        <Code>{e.command}</Code>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Text size="sm" mt="xs">
                {t('about.cliMore')}
              </Text>
            </div>
          </Stack>
        ) : null}
      </Modal>
    </>
  );
}
