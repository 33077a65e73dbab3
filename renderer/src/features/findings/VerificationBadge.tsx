import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VerificationTag } from '../../../../electron/shared/schemas/findings';

/** How well the legal fact behind a finding is verified (legal-knowledge §0): V, V2 or M, with what that means. */
export function VerificationBadge({ tag }: { tag: VerificationTag }) {
  const { t } = useTranslation();
  return (
    <Tooltip withinPortal multiline w={280} label={t(`findings.verification.long.${tag}`)}>
      <Badge variant="outline" color={tag === 'V' ? 'teal' : 'gray'} miw="max-content" data-testid="verification-badge" data-tag={tag}>
        {t(`findings.verification.short.${tag}`)}
      </Badge>
    </Tooltip>
  );
}

/** Shown on every finding whose rule or facts are not confirmed (M, V2 or disputed): never presented as settled. */
export function UnverifiedBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="orange" variant="filled" miw="max-content" data-testid="unverified-badge">
      ⚠ {t('findings.unverified')}
    </Badge>
  );
}
