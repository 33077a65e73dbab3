import { Badge, Divider, NavLink, ScrollArea, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { FindingsNavBadge } from '../features/findings/FindingsNavBadge';

type NavKey =
  | 'overview'
  | 'activities'
  | 'recipients'
  | 'dpas'
  | 'transfers'
  | 'catalogues'
  | 'processorRecord'
  | 'organisation'
  | 'findings'
  | 'reports';

interface Item {
  key: NavKey;
  to: string;
  notBuilt?: boolean;
  /** Live status beside the label (e.g. today's worst open finding). */
  badge?: ReactNode;
}

const register: Item[] = [
  { key: 'overview', to: '/' },
  { key: 'activities', to: '/activities' },
  { key: 'recipients', to: '/recipients' },
  { key: 'dpas', to: '/dpas' },
  { key: 'transfers', to: '/transfers' },
  { key: 'catalogues', to: '/catalogues' },
  { key: 'processorRecord', to: '/processor-record' },
  { key: 'organisation', to: '/organisation' },
];

const more: Item[] = [
  { key: 'findings', to: '/findings', badge: <FindingsNavBadge /> },
  { key: 'reports', to: '/reports' },
];

function isActive(pathname: string, to: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

export function Navigation({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const render = (item: Item) => (
    <NavLink
      key={item.key}
      component={Link}
      to={item.to}
      onClick={onNavigate}
      active={isActive(pathname, item.to)}
      data-testid={`nav-${item.key}`}
      label={t(`nav.${item.key}`)}
      rightSection={
        item.notBuilt ? (
          <Badge size="xs" variant="outline" color="gray">
            {t('nav.notBuilt')}
          </Badge>
        ) : (
          item.badge
        )
      }
    />
  );
  return (
    <ScrollArea>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pb={4}>
        {t('nav.sectionRegister')}
      </Text>
      {register.map(render)}
      <Divider my="sm" />
      <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pb={4}>
        {t('nav.sectionMore')}
      </Text>
      {more.map(render)}
    </ScrollArea>
  );
}
