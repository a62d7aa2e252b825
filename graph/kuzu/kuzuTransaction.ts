// An explicit transaction on the writer connection. Kùzu rolls a transaction
// back by itself when one of its statements fails; later statements would then
// run in auto-commit mode, outside the transaction, so the runner refuses them.
import type { CypherParams, GraphQueryRunner, Row } from '../graphStore.js';
import type { KuzuConnection } from './kuzuConnection.js';

const NO_ACTIVE_TRANSACTION = /No active transaction/i;

export async function inKuzuTransaction<T>(
  writer: KuzuConnection,
  work: (tx: GraphQueryRunner) => Promise<T>,
): Promise<T> {
  // Widened on purpose: `run` changes it from inside a closure, which narrowing cannot see.
  let state = 'open' as 'open' | 'failed' | 'finished';
  const tx: GraphQueryRunner = {
    async run<R extends Row = Row>(cypher: string, params?: CypherParams): Promise<R[]> {
      if (state === 'failed') throw new Error('The transaction was rolled back after a failed statement');
      if (state === 'finished') throw new Error('The transaction is already finished');
      try {
        return await writer.run<R>(cypher, params);
      } catch (error) {
        state = 'failed';
        throw error;
      }
    },
  };
  await writer.run('BEGIN TRANSACTION');
  try {
    const result = await work(tx);
    if (state === 'failed') throw new Error('The transaction was rolled back after a failed statement');
    state = 'finished';
    await writer.run('COMMIT');
    return result;
  } catch (error) {
    state = 'finished';
    await rollback(writer);
    throw error;
  }
}

async function rollback(writer: KuzuConnection): Promise<void> {
  try {
    await writer.run('ROLLBACK');
  } catch (error) {
    if (!(error instanceof Error && NO_ACTIVE_TRANSACTION.test(error.message))) throw error;
  }
}
