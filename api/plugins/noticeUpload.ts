// POST /notices: an eForms notice uploaded as its XML body (Content-Type
// application/xml or text/xml), sized for notices rather than for GraphQL
// requests: the body may be as large as the XML parser accepts (20 MiB; a
// 100-lot notice is 1.7 MB, over the 1 MiB of /graphql). Signed-in members,
// conseillers and admins only; a cookie session must send the CSRF header
// (api/plugins/session.ts checks every POST); rate limited per account on top of
// the global limit. Answers the import (services/tenders/importNotice.ts) as JSON, or
// the same error shape as GraphQL (`errors[].extensions.code`, field problems).
import type { FastifyInstance } from 'fastify';
import { GraphQLError } from 'graphql';
import { BadUserInputError, ForbiddenError, UnauthenticatedError } from '../../domain/errors.js';
import { DEFAULT_XML_LIMITS } from '../../procurement/index.js';
import type { Services } from '../../services/services.js';
import { importNoticeXml } from '../../services/tenders/importNotice.js';
import { toClientError } from '../errors.js';

export interface NoticeUploadOptions {
  services: Services;
  /** Uploads per window per account; default 30 a minute. */
  rateLimit?: { max: number; timeWindowMs: number };
}

export const NOTICE_UPLOAD_PATH = '/notices';
const IMPORTER_ROLES = new Set(['member', 'conseiller', 'admin']);
const STATUS_OF_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

export async function noticeUploadPlugin(app: FastifyInstance, opts: NoticeUploadOptions): Promise<void> {
  const bodyLimit = DEFAULT_XML_LIMITS.maxLength;
  const rateLimit = opts.rateLimit ?? { max: 30, timeWindowMs: 60_000 };
  // Scoped to this plugin: no other route accepts XML bodies.
  app.addContentTypeParser(
    ['application/xml', 'text/xml'],
    { parseAs: 'string', bodyLimit },
    (_request, body, done) => done(null, body),
  );

  app.post(
    NOTICE_UPLOAD_PATH,
    { bodyLimit, config: { rateLimit: { max: rateLimit.max, timeWindow: rateLimit.timeWindowMs } } },
    async (request, reply) => {
      try {
        const viewer = request.auth.viewer;
        if (!viewer.accountId) throw new UnauthenticatedError();
        if (!viewer.roles.some((role) => IMPORTER_ROLES.has(role))) throw new ForbiddenError();
        if (typeof request.body !== 'string' || request.body.trim() === '') {
          throw BadUserInputError.at(['xml'], 'send the notice as an application/xml body');
        }
        const imported = await importNoticeXml(opts.services, request.body, {
          importedBy: viewer.memberId ?? viewer.accountId,
        });
        const now = Date.now();
        return {
          created: imported.created,
          notice: {
            noticeId: imported.notice.noticeId,
            version: imported.notice.version,
            title: imported.notice.title,
            buyer: imported.notice.buyer,
            deadline:
              imported.notice.deadline === null ? null : new Date(imported.notice.deadline).toISOString(),
          },
          tenders: imported.tenders.map((t) => ({ tenderId: t.id, title: t.title })),
          expired: imported.tenders.filter((t) => t.deadline !== null && t.deadline < now).length,
        };
      } catch (error) {
        const clientError = toClientError(error, (unexpected) => request.log.error({ err: unexpected }));
        const code = clientError instanceof GraphQLError ? String(clientError.extensions.code ?? '') : '';
        return reply.code(STATUS_OF_CODE[code] ?? 500).send({
          errors: [clientError instanceof GraphQLError ? clientError.toJSON() : { message: 'error' }],
        });
      }
    },
  );
}
