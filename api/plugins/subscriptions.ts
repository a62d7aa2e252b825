// GraphQL subscriptions over WebSocket at /graphql (graphql-ws protocol, through
// @fastify/websocket). A WebSocket upgrade of GET /graphql is routed here by a
// route constraint; every other GET /graphql stays with Yoga. The connection is
// authenticated once, at `connection_init`: a Bearer token in
// `connectionParams.authorization`, or the session cookie of the upgrade request
// when the page comes from this very origin (a cookie alone would let any site
// open a socket in the user's name). Anonymous connections are refused: every
// topic is private. Only subscriptions run here; queries and mutations go over
// HTTP, where the query limits and CSRF checks apply.
import websocket from '@fastify/websocket';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  type ExecutionArgs,
  type GraphQLError,
  GraphQLError as GraphQLErrorClass,
  type GraphQLSchema,
  getOperationAST,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { makeHandler } from 'graphql-ws/use/@fastify/websocket';
import { isSignedIn } from '../../domain/policy/profileVisibility.js';
import { type AuthenticatedRequest, authenticate, requestToken } from '../auth/sessionViewer.js';
import type { Services } from '../context.js';
import { toClientError } from '../errors.js';

export interface SubscriptionsOptions<C extends object> {
  schema: GraphQLSchema;
  services: Services;
  introspection: boolean;
  /** The resolvers' context for an authenticated connection. */
  context(request: FastifyRequest, auth: AuthenticatedRequest): C;
}

/** A subscription document is small; anything bigger is refused by the socket itself. */
const MAX_MESSAGE_BYTES = 64 * 1024;
const KEEP_ALIVE_MS = 12_000;

interface ConnectionExtra extends Record<PropertyKey, unknown> {
  auth: AuthenticatedRequest;
}

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
  request: FastifyRequest,
  params: Readonly<Record<string, unknown>> | undefined,
): Promise<AuthenticatedRequest | null> {
  const authorization = params?.authorization;
  if (typeof authorization === 'string') {
    const auth = await authenticate(services, requestToken(authorization, undefined));
    return isSignedIn(auth.viewer) ? auth : null;
  }
  const auth = request.auth;
  if (!auth || !isSignedIn(auth.viewer) || !sameOrigin(request)) return null;
  return auth;
}

function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true; // not a browser: no ambient cookie to abuse
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

export async function subscriptionsPlugin<C extends object>(
  app: FastifyInstance,
  opts: SubscriptionsOptions<C>,
): Promise<void> {
  await app.register(websocket, { options: { maxPayload: MAX_MESSAGE_BYTES } });
  if (!app.hasConstraintStrategy(upgradeConstraint.name)) app.addConstraintStrategy(upgradeConstraint);
  const rules = opts.introspection ? specifiedRules : [...specifiedRules, NoSchemaIntrospectionCustomRule];
  const formatErrors = (errors: readonly GraphQLError[]) =>
    errors.map(
      (error) => toClientError(error, (unexpected) => app.log.error({ err: unexpected })) as GraphQLError,
    );

  const handler = makeHandler<Record<string, unknown>, ConnectionExtra>(
    {
      schema: opts.schema,
      onConnect: async (ctx) => {
        const auth = await connectionAuth(opts.services, ctx.extra.request, ctx.connectionParams);
        if (!auth) return false;
        ctx.extra.auth = auth;
        return true;
      },
      onSubscribe: (ctx, _id, payload): ExecutionArgs | readonly GraphQLError[] => {
        let document: ReturnType<typeof parse>;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error as GraphQLError];
        }
        const errors = validate(opts.schema, document, rules);
        if (errors.length > 0) return errors;
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation !== 'subscription') {
          return [
            new GraphQLErrorClass(
              'Only subscriptions run over WebSocket; send queries and mutations over HTTP',
            ),
          ];
        }
        const auth = ctx.extra.auth as AuthenticatedRequest;
        return {
          schema: opts.schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: opts.context(ctx.extra.request, auth),
        };
      },
      onError: (_ctx, _id, _payload, errors) => formatErrors(errors).map((e) => e.toJSON()),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: formatErrors(result.errors).map((e) => e.toJSON()) } : undefined,
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
