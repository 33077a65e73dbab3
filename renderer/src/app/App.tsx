import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { LanguageGate } from '../features/settings/LanguageGate';
import { router } from './router';
import { theme } from './theme';

// Only this app writes the register file, so cached answers stay valid until a mutation
// invalidates them. Errors are deterministic (validation, not found), so retrying only delays them.
const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});

function LocalisedRouter() {
  const { i18n } = useTranslation();
  return (
    <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: 1 }}>
      <RouterProvider router={router} />
    </DatesProvider>
  );
}

export function App() {
  return (
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>
        <Notifications position="top-right" />
        <LanguageGate>
          <LocalisedRouter />
        </LanguageGate>
      </QueryClientProvider>
    </MantineProvider>
  );
}
