import { queryOptions } from '@tanstack/react-query';
import { call } from '../../api/client';
import { registerKeys } from '../register/queries';

/** Versions and the register file, for the About dialog (after a write, lastWrittenBy may change). */
export function aboutQuery() {
  return queryOptions({ queryKey: [...registerKeys.all, 'about'] as const, queryFn: () => call('register', 'about'), staleTime: 0 });
}
