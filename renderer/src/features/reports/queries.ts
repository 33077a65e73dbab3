import { queryOptions } from '@tanstack/react-query';
import type { ReportJob } from '../../../../electron/shared/schemas/reports';
import { call } from '../../api/client';

export const reportKeys = {
  all: ['reports'] as const,
  job: (jobId: string) => [...reportKeys.all, 'job', jobId] as const,
};

/** How often a running report is asked for its progress. */
export const pollMs = 250;

/**
 * One report job as main sees it: polled every 250 ms while it waits or is being written, then left alone
 * (a finished job does not change). Under ['reports'], which no register write touches.
 */
export function reportJobQuery(jobId: string) {
  return queryOptions({
    queryKey: reportKeys.job(jobId),
    queryFn: () => call('reports', 'status', { jobId }),
    refetchInterval: (query) => {
      const state = (query.state.data as ReportJob | undefined)?.state;
      return state === 'running' || state === 'queued' ? pollMs : false;
    },
  });
}
