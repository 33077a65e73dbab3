import { Button, Card, Container, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LanguageSwitch } from '../settings/LanguageSwitch';
import { useLoadExampleMutation } from './mutations';

/** First start: the register file is empty. Offer the worked example or a clean start. */
export function WelcomePage({ file }: { file: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const loadExample = useLoadExampleMutation();

  return (
    <Container size="md" py={64} data-testid="welcome">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1}>{t('welcome.title')}</Title>
          <Text c="dimmed">{t('welcome.intro')}</Text>
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Card withBorder padding="lg">
            <Stack justify="space-between" h="100%">
              <Stack gap="xs">
                <Title order={3}>{t('welcome.exampleTitle')}</Title>
                <Text size="sm">{t('welcome.exampleText')}</Text>
              </Stack>
              <Button
                data-testid="welcome-load-example"
                loading={loadExample.isPending}
                onClick={() => loadExample.mutate(undefined, { onSuccess: () => navigate('/activities') })}
              >
                {t('welcome.exampleButton')}
              </Button>
            </Stack>
          </Card>
          <Card withBorder padding="lg">
            <Stack justify="space-between" h="100%">
              <Stack gap="xs">
                <Title order={3}>{t('welcome.emptyTitle')}</Title>
                <Text size="sm">{t('welcome.emptyText')}</Text>
              </Stack>
              <Button variant="default" data-testid="welcome-start-empty" onClick={() => navigate('/organisation')}>
                {t('welcome.emptyButton')}
              </Button>
            </Stack>
          </Card>
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {t('welcome.file', { file })}
        </Text>
        <div>
          <LanguageSwitch />
        </div>
      </Stack>
    </Container>
  );
}
