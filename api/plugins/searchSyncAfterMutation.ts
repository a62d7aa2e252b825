// Keeps the search index in step with every write made through GraphQL, in one
// place instead of in each resolver: after any mutation that returned data, a
// search-sync job is queued for the current one-second window (writes of the
// same window share one sync; a sync with nothing to apply costs one scan).
// The sync reads the graph's change feed, so it never needs to know which
// mutation ran.
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { JobQueue } from '../../workers/jobQueue.js';
import { searchSyncRequest } from '../../workers/queues.js';

function returnedData(data: Record<string, unknown> | null | undefined): boolean {
  return data !== null && data !== undefined && Object.values(data).some((value) => value !== null);
}

export function searchSyncAfterMutation(
  jobs: () => JobQueue,
  onError: (error: unknown) => void,
  now: () => number = Date.now,
): Plugin {
  return {
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'mutation') return;
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in result || !returnedData(result.data)) return;
          const { payload, delayMs } = searchSyncRequest(now());
          // The response does not wait: a failed enqueue is caught up by the next write's sync.
          jobs().enqueue('search-sync', payload, { delayMs }).catch(onError);
        },
      };
    },
  };
}
