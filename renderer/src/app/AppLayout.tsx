import { AppShell, Badge, Burger, Center, Group, Loader, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { ErrorAlert } from '../components/ErrorAlert';
import { AboutDialog } from '../features/about/AboutDialog';
import { registerStatusQuery } from '../features/register/queries';
import { WelcomePage } from '../features/register/WelcomePage';
import { SearchButton } from '../features/search/SearchButton';
import { SearchPalette } from '../features/search/SearchPalette';
import { LanguageSwitch } from '../features/settings/LanguageSwitch';
import { Navigation } from './Navigation';

/**
 * The frame of every screen: header (name of the controller, language), navigation over the
 * areas of the register, and the current screen. A register with nothing in it opens on the
 * welcome screen instead of an empty overview.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  const status = useQuery(registerStatusQuery());

  if (status.isPending) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (status.data?.empty && pathname === '/') return <WelcomePage file={status.data.file} />;

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 270, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('app.menu')} />
            <Title order={4}>{t('app.title')}</Title>
            <Text c="dimmed" size="sm" visibleFrom="md">
              {t('app.subtitle')}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <SearchButton />
            {status.data?.organisationName ? (
              <Badge variant="light" size="lg" data-testid="header-organisation">
                {status.data.organisationName}
              </Badge>
            ) : null}
            <LanguageSwitch />
            <AboutDialog />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <Navigation onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main>
        {status.isError ? <ErrorAlert error={status.error} /> : null}
        <Outlet />
      </AppShell.Main>
      <SearchPalette />
    </AppShell>
  );
}
