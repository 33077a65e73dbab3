/**
 * Links the app may open in the user's browser: the official sources a DPO follows from the app
 * (supervisory authorities, EU law, the DPF List). Anything else is shown as text to copy, so a
 * link in an imported register or a compromised page can never launch an arbitrary URL or handler.
 */
export const externalLinkOrigins = [
  'https://www.datatilsynet.dk',
  'https://eur-lex.europa.eu',
  'https://www.edpb.europa.eu',
  'https://commission.europa.eu',
  'https://www.dataprivacyframework.gov',
  'https://ico.org.uk',
] as const;

/** 'open' for an https URL on an allowed origin (no credentials, default port), else 'show'. */
export function externalLinkAction(raw: string): 'open' | 'show' {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'show';
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return 'show';
  return (externalLinkOrigins as readonly string[]).includes(url.origin) ? 'open' : 'show';
}
