import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { errorLanguage, translateError } from '../../common/error-language';
import type { Context } from '../../common/request';

const listener: GraphQLRequestListener<Context> = {
  // Errors are formatted (formatError) by now; only answers with errors and a reader who is not English change.
  async willSendResponse({ response, contextValue, request }) {
    const body = response.body;
    if (body.kind !== 'single' || !body.singleResult.errors?.length) return;
    const language = errorLanguage(contextValue?.actor, request.http?.headers.get('accept-language'));
    if (language === 'en') return;
    body.singleResult.errors = body.singleResult.errors.map((e) => translateError(e, language));
  },
};

/** GraphQL errors in the reader's language (common/error-language.ts): the agent's, or Accept-Language when anonymous. */
export function errorLanguagePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return listener;
    },
  };
}
