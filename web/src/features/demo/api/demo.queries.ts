import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { DemoAccounts } from '../../../lib/api-types.ts';

/** The demo sign-ins; the list is empty once the demo municipalities are gone. */
export const demoAccountsQuery = queryOptions({
  queryKey: ['demo-accounts'],
  queryFn: () => api<DemoAccounts>('/api/demo-accounts'),
});
