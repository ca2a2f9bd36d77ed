import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import type { AppConfig } from '../config/app-config.js';
import { formatError } from './format-error.js';
import type { RequestContext } from './request-context.js';
import { RequestLoaders } from './request-loaders.js';

interface HttpContextArg {
  req?: { headers: Record<string, string | string[] | undefined> };
  headers?: Record<string, string | string[] | undefined>;
  connectionParams?: Record<string, unknown>;
}

/** One context shape for HTTP requests and graphql-ws operations. */
export function buildRequestContext(arg: HttpContextArg): RequestContext {
  const loaders = new RequestLoaders();
  if (arg.connectionParams !== undefined) {
    const authorization = arg.connectionParams?.authorization ?? arg.connectionParams?.Authorization;
    return { authorization: typeof authorization === 'string' ? authorization : undefined, loaders };
  }
  const headers = arg.req?.headers ?? arg.headers ?? {};
  const authorization = headers.authorization;
  return { authorization: Array.isArray(authorization) ? authorization[0] : authorization, loaders };
}

export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    csrfPrevention: true,
    // The committed schema.gql is the reference in production; no introspection or landing page there.
    introspection: !config.production,
    playground: false,
    plugins: [
      // Cache hints are unused, and the default cache-control plugin wraps every field resolver:
      // the battle map has ~50,000 cell fields per 1,000 tasks.
      ApolloServerPluginCacheControlDisabled(),
      config.production
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault(),
    ],
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        // graphql-ws bypasses Apollo's formatError: map subscription errors to the same codes.
        onNext: (_ctx, _id, _payload, _args, result) =>
          result.errors?.length
            ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) }
            : undefined,
      },
    },
    context: (arg: HttpContextArg) => buildRequestContext(arg),
    formatError,
  };
}
