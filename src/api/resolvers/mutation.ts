// Mutation resolvers: authorise, validate, then call the same writer the CLI uses.

import { createHash } from 'node:crypto';
import { ArticleInputError } from '../../article/article-input-error.ts';
import { parseArticle } from '../../article/parse-article.ts';
import { decodeArticleText } from '../../article/read-article-file.ts';
import { extractArticle } from '../../extract/index.ts';
import { mergeEntities, MergeError } from '../../graph/merge-entities.ts';
import { EventMergeError, mergeEvents } from '../../graph/resolution/merge-events.ts';
import { retractArticle, writeArticle } from '../../graph/write-article.ts';
import { apiError } from '../api-errors.ts';
import type { ApiContext } from '../context.ts';

type Args = Record<string, unknown>;

function requireToken(context: ApiContext): void {
  if (context.deps.config.server.apiToken === null) {
    throw apiError(
      'FORBIDDEN',
      'mutations are disabled: start the server with KG_API_TOKEN set, then send it as "Authorization: Bearer <token>"',
    );
  }
  if (!context.authorized) {
    throw apiError(
      'UNAUTHENTICATED',
      'this mutation needs the API token: send "Authorization: Bearer <KG_API_TOKEN>"',
    );
  }
}

export const mutationResolvers = {
  Mutation: {
    ingestArticle: async (_: unknown, args: Args, context: ApiContext) => {
      requireToken(context);
      const input = args.input as { id?: string | null; text: string; published?: string | null };
      const bytes = Buffer.byteLength(input.text, 'utf8');
      if (bytes > context.deps.config.maxArticleBytes) {
        throw apiError(
          'BAD_USER_INPUT',
          `text is ${bytes} bytes, over the ${context.deps.config.maxArticleBytes}-byte limit (KG_MAX_ARTICLE_BYTES)`,
        );
      }
      if (input.id !== undefined && input.id !== null && !/^[\w.:-]{1,200}$/.test(input.id)) {
        throw apiError(
          'BAD_USER_INPUT',
          'id may use letters, digits, ".", ":", "_" and "-" only (1-200 characters)',
        );
      }
      let extraction;
      try {
        const baseId =
          input.id ?? `api-${createHash('sha256').update(input.text).digest('hex').slice(0, 12)}`;
        const text = decodeArticleText(baseId, Buffer.from(input.text, 'utf8'));
        extraction = extractArticle(
          parseArticle({ baseId, text, sidecar: null }, { published: input.published ?? null }),
        );
      } catch (error) {
        if (error instanceof ArticleInputError) throw apiError('BAD_USER_INPUT', `text: ${error.reason}`);
        throw error;
      }
      const result = await writeArticle(context.deps.graph, extraction);
      await context.forgetCachedResponses();
      return {
        article: () => context.loaders.article.load(result.articleId),
        outcome: result.outcome,
        entities: extraction.entities.length,
        events: extraction.events.length,
        claims: extraction.claims.length,
      };
    },

    retractArticle: async (_: unknown, args: Args, context: ApiContext) => {
      requireToken(context);
      const result = await retractArticle(context.deps.graph, args.id as string);
      await context.forgetCachedResponses();
      if (!result.found)
        throw apiError('NOT_FOUND', `no article with id "${args.id}"; list ids with { articles { id } }`);
      return {
        id: result.articleId,
        nodesDeleted: result.counts.nodesDeleted,
        relationshipsDeleted: result.counts.relationshipsDeleted,
      };
    },

    mergeEntities: async (_: unknown, args: Args, context: ApiContext) => {
      requireToken(context);
      try {
        await mergeEntities(context.deps.graph, args.keepId as string, args.mergeId as string);
        await context.forgetCachedResponses();
      } catch (error) {
        if (error instanceof MergeError) throw apiError('BAD_USER_INPUT', error.message);
        throw error;
      }
      return context.loaders.entity.load(args.keepId as string);
    },

    mergeEvents: async (_: unknown, args: Args, context: ApiContext) => {
      requireToken(context);
      let keptId: string;
      try {
        keptId = await mergeEvents(context.deps.graph, args.ids as string[]);
        await context.forgetCachedResponses();
      } catch (error) {
        if (error instanceof EventMergeError) throw apiError('BAD_USER_INPUT', error.message);
        throw error;
      }
      return context.loaders.event.load(keptId);
    },
  },
};
