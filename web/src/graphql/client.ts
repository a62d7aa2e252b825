// The urql client: queries and mutations over HTTP (same origin, so the session cookie
// travels), subscriptions over graphql-ws on the same /graphql path. One client per
// interface language: labels are resolved server-side in that language, so a language
// switch starts from an empty cache.
import { Client, cacheExchange, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient } from 'graphql-ws';
import type { Language } from '../i18n/messages.js';

function webSocketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/graphql`;
}

export function createGraphqlClient(language: Language): Client {
  // Lazy: no socket is opened until a screen subscribes to something.
  const sockets = createWsClient({ url: webSocketUrl(), lazy: true, retryAttempts: 5 });
  return new Client({
    url: `/graphql?lang=${language}`,
    preferGetMethod: false,
    fetchOptions: { headers: { 'accept-language': language }, credentials: 'same-origin' },
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = sockets.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
}
