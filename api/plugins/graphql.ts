// The one GraphQL pipeline (graphql-yoga + envelop plugins: limits, masking,
// auth context) and POST/GET /graphql through it (GraphiQL on GET when enabled).
// The WebSocket transport (subscriptions.ts) runs its operations through the same
// Yoga instance (`yoga.getEnveloped()`), so both transports share every plugin.
// Cross-cutting behaviour lives in Yoga/envelop plugins, not in resolvers.
// CORS is an explicit allow-list: only origins in CORS_ORIGINS get CORS headers
// (with credentials); any other origin gets none, so its preflights fail and
// its pages cannot read a response.
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type GraphQLSchema, NoSchemaIntrospectionCustomRule } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { isListedOrigin, isSameOrigin } from '../auth/requestOrigin.js';
import type { AuthenticatedRequest } from '../auth/sessionViewer.js';
import { logGraphqlError, toClientError } from '../errors.js';
import { CSRF_HEADER } from './session.js';

/** What each transport hands the pipeline: the HTTP request (or WebSocket upgrade) and who is asking. */
export interface GraphqlServerContext {
  req: FastifyRequest;
  /** Absent over WebSocket: there is no response to set a cookie on. */
  reply?: FastifyReply;
  auth: AuthenticatedRequest;
}

export type GraphqlServer<C extends object> = YogaServerInstance<GraphqlServerContext, C>;

export interface GraphqlServerOptions<C extends object> {
  schema: GraphQLSchema;
  context(server: GraphqlServerContext): Promise<C> | C;
  graphiql: boolean;
  introspection: boolean;
  /** Origins of other sites allowed to call the API with credentials (CORS_ORIGINS). */
  corsOrigins: readonly string[];
  log: FastifyBaseLogger;
  /** Extra Yoga/envelop plugins (limits, auth, metrics). */
  plugins?: Plugin[];
}

/** Preflight answers for a listed origin stay cached this long in the browser. */
const CORS_MAX_AGE_S = 600;

const disableIntrospection: Plugin = {
  onValidate({ addValidationRule }) {
    addValidationRule(NoSchemaIntrospectionCustomRule);
  },
};

export function createGraphqlServer<C extends object>(opts: GraphqlServerOptions<C>): GraphqlServer<C> {
  const { log } = opts;
  return createYoga<GraphqlServerContext, C>({
    schema: opts.schema,
    graphqlEndpoint: '/graphql',
    graphiql: opts.graphiql ? { title: 'Passerelle GraphQL' } : false,
    landingPage: false,
    logging: {
      debug: (...args) => log.debug(args),
      info: (...args) => log.info(args),
      warn: (...args) => log.warn(args),
      // Yoga reports every error it masks here: a caller's mistake is info, a fault of ours error.
      error: (...args) => (args.length === 1 ? logGraphqlError(log, args[0]) : log.error(args)),
    },
    maskedErrors: {
      maskError: (error) => toClientError(error, (unexpected) => log.error({ err: unexpected })),
    },
    // Yoga's default reflects any Origin with credentials; here only listed origins get a grant.
    cors: (request, serverContext) => {
      const origin = request.headers.get('origin');
      const { req } = serverContext as GraphqlServerContext;
      if (origin === null || isSameOrigin(req, origin) || !isListedOrigin(opts.corsOrigins, origin)) {
        return false;
      }
      return {
        origin,
        credentials: true,
        methods: ['GET', 'POST'],
        allowedHeaders: ['accept', 'authorization', 'content-type', CSRF_HEADER],
        maxAge: CORS_MAX_AGE_S,
      };
    },
    context: async (server) => opts.context(server),
    plugins: [...(opts.introspection ? [] : [disableIntrospection]), ...(opts.plugins ?? [])],
  });
}

/** Whether a Yoga response holds one whole result (JSON) rather than a stream of them. */
function isSingleResult(contentType: string | null): boolean {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return type === 'application/json' || type === 'application/graphql-response+json';
}

export interface GraphqlRouteOptions<C extends object> {
  yoga: GraphqlServer<C>;
}

export async function graphqlPlugin<C extends object>(
  app: FastifyInstance,
  opts: GraphqlRouteOptions<C>,
): Promise<void> {
  const { yoga } = opts;
  app.route({
    url: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    handler: async (req, reply) => {
      const response = await yoga.handleNodeRequestAndResponse(req, reply, { req, reply, auth: req.auth });
      response.headers.forEach((value, key) => {
        reply.header(key, value);
      });
      // The CORS headers depend on the Origin: caches must not give one origin's answer to another.
      const vary = response.headers.get('vary');
      if (!vary?.toLowerCase().includes('origin')) reply.header('vary', vary ? `${vary}, Origin` : 'Origin');
      reply.status(response.status);
      // A single result goes out as one string (one write, with its length); streamed results
      // (server-sent events, incremental delivery) stay streams. Streaming a one-piece JSON body
      // cost a chunked stream and a second socket write per request (issue 19 profile).
      reply.send(
        isSingleResult(response.headers.get('content-type')) ? await response.text() : response.body,
      );
      return reply;
    },
  });
}
