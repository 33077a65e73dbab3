import { Center, Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageQuery } from './queries';

/**
 * Applies the saved language once, before the app first shows, so a DPO who chose English
 * never sees Danish flash by. Later switches happen in place (the tree is never unmounted,
 * so nothing typed is lost).
 */
export function LanguageGate({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const language = useQuery(languageQuery());
  const [ready, setReady] = useState(false);
  const wanted = language.data;

  useEffect(() => {
    if (ready) return;
    // A failed read falls back to Danish rather than blocking the register.
    if (language.isError) setReady(true);
    else if (wanted) void i18n.changeLanguage(wanted).then(() => setReady(true));
  }, [ready, wanted, language.isError, i18n]);

  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);

  if (!ready) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  return children;
}
