// GraphQL subscriptions over WebSocket at /graphql (graphql-ws protocol, through
// @fastify/websocket). A WebSocket upgrade of GET /graphql is routed here by a
// route constraint; every other GET /graphql stays with Yoga.
//
// One pipeline: each operation is parsed, validated, given its context and run
// through the very Yoga instance that serves HTTP (`yoga.getEnveloped()`, as
// graphql-yoga's graphql-ws example does), so the query limits, introspection
// rule, error masking and auth context are the same on both transports.
//
// Who is asking: the connection is authenticated once, at `connection_init`: a
// Bearer token in `connectionParams.authorization`, or the session cookie of the
// upgrade request when the page comes from this origin or one listed in
// CORS_ORIGINS (a cookie alone would let any site open a socket in the user's
// name). Anonymous connections are refused: every topic is private. A socket
// lives no longer than its session: when the account's sessions end (sign-out,
// password change or reset, erasure; `sessionsEnded` on the event bus, so on any
// instance) the socket re-checks its session and closes with 4401; it closes when
// the session expires; and before each event it delivers it checks again, so a
// lost notice never leaks an event.
// Only subscriptions run here; queries and mutations go over HTTP.
import websocket from '@fastify/websocket';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLError,
  GraphQLError as GraphQLErrorClass,
  getOperationAST,
} from 'graphql';
import { makeHandler } from 'graphql-ws/use/@fastify/websocket';
import { isSignedIn } from '../../domain/policy/profileVisibility.js';
import type { StoredSession } from '../../graph/repositories/sessionRepository.js';
import { topics } from '../../messaging/events/eventBus.js';
import type { Services } from '../../services/services.js';
import { originMayUseCookie } from '../auth/requestOrigin.js';
import { type AuthenticatedRequest, authenticate, requestToken } from '../auth/sessionViewer.js';
import { toClientError } from '../errors.js';
import type { GraphqlServer } from './graphql.js';

export interface SubscriptionsOptions<C extends object> {
  /** The HTTP pipeline; socket operations run through it too. */
  yoga: GraphqlServer<C>;
  services: Services;
  /** Origins besides this one whose pages may use the session cookie (CORS_ORIGINS). */
  corsOrigins: readonly string[];
}

/** A subscription document is small; anything bigger is refused by the socket itself. */
const MAX_MESSAGE_BYTES = 64 * 1024;
const KEEP_ALIVE_MS = 12_000;
/** Close code when the session of a connection ended (graphql-ws uses 4401 for Unauthorized). */
export const SESSION_ENDED_CLOSE_CODE = 4401;
/** setTimeout's longest delay (about 24.8 days); sessions last 14 days. */
const MAX_TIMER_MS = 2 ** 31 - 1;

interface ConnectionExtra extends Record<PropertyKey, unknown> {
  auth: AuthenticatedRequest;
}

type Enveloped = ReturnType<GraphqlServer<object>['getEnveloped']>;

type ConstraintStrategy = Parameters<FastifyInstance['addConstraintStrategy']>[0];
type RouteHandler = Parameters<ReturnType<ConstraintStrategy['storage']>['set']>[1];

/** Routes WebSocket upgrades apart from plain requests to the same path. */
const upgradeConstraint: ConstraintStrategy = {
  name: 'upgrade',
  storage() {
    const handlers = new Map<unknown, RouteHandler>();
    return {
      get: (value) => handlers.get(value) ?? null,
      set: (value, handler) => {
        handlers.set(value, handler);
      },
    };
  },
  deriveConstraint: (request) =>
    String(request.headers.upgrade ?? '').toLowerCase() === 'websocket' ? 'websocket' : '',
  mustMatchWhenDerived: false,
};

/** The viewer of a connection, or null to refuse it. */
async function connectionAuth(
  services: Services,
  corsOrigins: readonly string[],
  request: FastifyRequest,
  params: Readonly<Record<string, unknown>> | undefined,
): Promise<AuthenticatedRequest | null> {
  const authorization = params?.authorization;
  if (typeof authorization === 'string') {
    const auth = await authenticate(services, requestToken(authorization, undefined));
    return isSignedIn(auth.viewer) ? auth : null;
  }
  const auth = request.auth;
  if (!auth || !isSignedIn(auth.viewer) || !originMayUseCookie(request, corsOrigins)) return null;
  return auth;
}

/** The connection's session if it still exists, is not revoked or expired, and its account still exists. */
async function validSession(services: Services, auth: AuthenticatedRequest): Promise<StoredSession | null> {
  if (!auth.session) return null;
  const session = await services.sessions.findValid(auth.session.id);
  if (!session || !(await services.accounts.get(session.accountId))) return null;
  return session;
}

async function sessionStillValid(services: Services, auth: AuthenticatedRequest): Promise<boolean> {
  return (await validSession(services, auth)) !== null;
}

export async function subscriptionsPlugin<C extends object>(
  app: FastifyInstance,
  opts: SubscriptionsOptions<C>,
): Promise<void> {
  const { services, yoga } = opts;
  await app.register(websocket, { options: { maxPayload: MAX_MESSAGE_BYTES } });
  if (!app.hasConstraintStrategy(upgradeConstraint.name)) app.addConstraintStrategy(upgradeConstraint);
  const formatErrors = (errors: readonly GraphQLError[]) =>
    errors.map((error) =>
      (toClientError(error, (unexpected) => app.log.error({ err: unexpected })) as GraphQLError).toJSON(),
    );
  // The enveloped execute/subscribe of each operation, found again from its context.
  const envelopedOf = new WeakMap<object, Enveloped>();
  const envelopedFor = (args: ExecutionArgs): Enveloped => {
    const enveloped = envelopedOf.get(args.contextValue as object);
    if (!enveloped) throw new Error('operation did not go through onSubscribe');
    return enveloped;
  };

  const handler = makeHandler<Record<string, unknown>, ConnectionExtra>(
    {
      execute: (args) => envelopedFor(args).execute(args),
      subscribe: (args) => envelopedFor(args).subscribe(args),
      onConnect: async (ctx) => {
        const { socket, request } = ctx.extra;
        const auth = await connectionAuth(services, opts.corsOrigins, request, ctx.connectionParams);
        if (!auth?.viewer.accountId) return false;
        // Watch for the end of the account's sessions before acknowledging, then check the session
        // once more: an end announced between the first check and the watch is not missed.
        const ended = services.events.subscribe(topics.sessionsEnded(auth.viewer.accountId));
        socket.once('close', () => void ended.return());
        await ended.ready;
        const session = await validSession(services, auth);
        if (!session) {
          void ended.return();
          return false;
        }
        // A session also ends by expiring, without any notice.
        const expiry = setTimeout(
          () => socket.close(SESSION_ENDED_CLOSE_CODE, 'Session ended'),
          Math.min(session.expiresAt - Date.now(), MAX_TIMER_MS),
        );
        expiry.unref();
        socket.once('close', () => clearTimeout(expiry));
        void (async () => {
          for await (const _notice of ended) {
            if (!(await sessionStillValid(services, auth))) {
              socket.close(SESSION_ENDED_CLOSE_CODE, 'Session ended');
              break;
            }
          }
        })().catch((error: unknown) => {
          app.log.error({ err: error }, 'session watch of a WebSocket failed; closing it');
          socket.close(SESSION_ENDED_CLOSE_CODE, 'Session ended');
        });
        ctx.extra.auth = auth;
        return true;
      },
      onSubscribe: async (ctx, _id, payload): Promise<ExecutionArgs | readonly GraphQLError[]> => {
        const auth = ctx.extra.auth as AuthenticatedRequest;
        const enveloped = yoga.getEnveloped({ req: ctx.extra.request, auth, params: payload });
        // The limit plugins throw from parse and validate (as Yoga's HTTP handler expects): an answer.
        let document: DocumentNode;
        let errors: readonly GraphQLError[];
        try {
          document = enveloped.parse(payload.query);
          errors = enveloped.validate(enveloped.schema, document);
        } catch (error) {
          if (error instanceof GraphQLErrorClass) return [error];
          throw error;
        }
        if (errors.length > 0) return errors;
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation !== 'subscription') {
          return [
            new GraphQLErrorClass(
              'Only subscriptions run over WebSocket; send queries and mutations over HTTP',
            ),
          ];
        }
        const contextValue = await enveloped.contextFactory();
        envelopedOf.set(contextValue, enveloped);
        return {
          schema: enveloped.schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        };
      },
      onError: (_ctx, _id, _payload, errors) => formatErrors(errors),
      // Results are already masked by the pipeline; this only stops delivery once the session is gone.
      onNext: async (ctx) => {
        const auth = ctx.extra.auth as AuthenticatedRequest;
        if (await sessionStillValid(services, auth)) return undefined;
        ctx.extra.socket.close(SESSION_ENDED_CLOSE_CODE, 'Session ended');
        return { errors: [{ message: 'Session ended', extensions: { code: 'UNAUTHENTICATED' } }] };
      },
    },
    KEEP_ALIVE_MS,
  );

  app.route({
    method: 'GET',
    url: '/graphql',
    constraints: { upgrade: 'websocket' },
    handler: async (_request, reply) => reply.code(426).send({ error: 'Upgrade Required' }),
    wsHandler: handler,
  });
}
