// POST/GET /graphql through graphql-yoga (GraphiQL on GET when enabled).
// Cross-cutting behaviour lives in Yoga/envelop plugins, not in resolvers.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type GraphQLSchema, NoSchemaIntrospectionCustomRule } from 'graphql';
import { createYoga, type Plugin } from 'graphql-yoga';
import { logGraphqlError, toClientError } from '../errors.js';

export interface GraphqlOptions<C extends object> {
  schema: GraphQLSchema;
  context(request: FastifyRequest, reply: FastifyReply): Promise<C> | C;
  graphiql: boolean;
  introspection: boolean;
  /** Extra Yoga/envelop plugins (limits, auth, metrics). */
  plugins?: Plugin[];
}

interface ServerContext {
  req: FastifyRequest;
  reply: FastifyReply;
}

const disableIntrospection: Plugin = {
  onValidate({ addValidationRule }) {
    addValidationRule(NoSchemaIntrospectionCustomRule);
  },
};

export async function graphqlPlugin<C extends object>(
  app: FastifyInstance,
  opts: GraphqlOptions<C>,
): Promise<void> {
  const yoga = createYoga<ServerContext, C>({
    schema: opts.schema,
    graphqlEndpoint: '/graphql',
    graphiql: opts.graphiql ? { title: 'Passerelle GraphQL' } : false,
    landingPage: false,
    logging: {
      debug: (...args) => app.log.debug(args),
      info: (...args) => app.log.info(args),
      warn: (...args) => app.log.warn(args),
      // Yoga reports every error it masks here: a caller's mistake is info, a fault of ours error.
      error: (...args) => (args.length === 1 ? logGraphqlError(app.log, args[0]) : app.log.error(args)),
    },
    maskedErrors: {
      maskError: (error) => toClientError(error, (unexpected) => app.log.error({ err: unexpected })),
    },
    context: async ({ req, reply }) => opts.context(req, reply),
    plugins: [...(opts.introspection ? [] : [disableIntrospection]), ...(opts.plugins ?? [])],
  });

  app.route({
    url: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    handler: async (req, reply) => {
      const response = await yoga.handleNodeRequestAndResponse(req, reply, { req, reply });
      response.headers.forEach((value, key) => {
        reply.header(key, value);
      });
      reply.status(response.status);
      reply.send(response.body);
      return reply;
    },
  });
}
