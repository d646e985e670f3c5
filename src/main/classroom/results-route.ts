import type { FastifyInstance } from 'fastify';
import type { TrainingSession } from '../../shared/api';
import type { ResultRow } from '../../shared/api/dashboard-schemas';
import { attachment } from '../hosts/web/content-disposition';
import type { ListenerTools } from '../hosts/web/server';
import type { Dispatch } from '../service/dispatch';
import { resultsCsv, resultsFileName } from './results-csv';

/**
 * GET /export/resultats.csv: the results as a download. Whether the caller
 * may have them is `results.rows`'s access (the trainer), decided by dispatch;
 * server.ts's guard of /export/ refuses attendees before that already.
 */
export function registerResultsRoute(
  app: FastifyInstance,
  tools: Pick<ListenerTools, 'sendError' | 'refuseCrossSite' | 'callerOf'>,
  dispatch: Dispatch,
): void {
  app.get('/export/resultats.csv', { onRequest: tools.refuseCrossSite }, async (request, res) => {
    const caller = tools.callerOf(request, res);
    const rows = await dispatch('results.rows', {}, caller);
    if (!rows.ok) return tools.sendError(res, rows.error);
    const session = await dispatch('session.get', {}, caller);
    const date = session.ok ? (session.value as TrainingSession).date : new Date().toISOString().slice(0, 10);
    return res
      .type('text/csv; charset=utf-8')
      .header('content-disposition', attachment(resultsFileName(date)))
      .header('cache-control', 'no-store')
      .send(resultsCsv(rows.value as ResultRow[]));
  });
}
