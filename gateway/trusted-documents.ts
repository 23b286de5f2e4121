import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { parse } from 'graphql';
import { badConfig } from '../subgraphs/kit/config-error';
import { projectRoot } from '../subgraphs/kit/project-root';

/** Written by `npm run codegen` from operations/: `sha256:<hex>` → the normalised document. */
export const MANIFEST_FILE = path.join(projectRoot(), 'operations', 'generated', 'persisted-documents.json');

/** The id GraphQL Code Generator's client preset gives a document: sha256 of its normalised print. */
export function documentId(query: string): string {
  return `sha256:${createHash('sha256')
    .update(printExecutableGraphQLDocument(parse(query)))
    .digest('hex')}`;
}

interface GraphqlParams {
  query?: unknown;
  documentId?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } } | unknown;
}

const refuse = (res: Response, code: string, message: string) => res.status(400).json({ errors: [{ message, extensions: { code } }] });

/**
 * With TRUSTED_DOCUMENTS=only (for production) the gateway runs only the operations in operations/:
 * a client sends a registered document's text, or only its id (`documentId`, or the APQ-style
 * `extensions.persistedQuery.sha256Hash`), and anything else is refused before it is parsed or planned.
 * Off (the default) any document is accepted, as a developer exploring in GraphiQL needs.
 */
export function trustedDocuments(env: NodeJS.ProcessEnv, manifestFile = MANIFEST_FILE): RequestHandler[] {
  const mode = env.TRUSTED_DOCUMENTS ?? 'off';
  if (mode === 'off') return [];
  if (mode !== 'only') throw badConfig(`TRUSTED_DOCUMENTS must be "only" or "off", not "${mode}".`);
  if (!fs.existsSync(manifestFile)) throw badConfig(`TRUSTED_DOCUMENTS=only needs ${manifestFile}: run \`npm run codegen\`.`);
  const manifest = new Map(Object.entries(JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<string, string>));
  // Clients send the same few texts over and over: remember each text's id (bounded, texts are at most a body limit).
  const idOfText = new Map<string, string | null>();
  const idOf = (query: string) => {
    let id = idOfText.get(query);
    if (id === undefined) {
      try {
        id = documentId(query);
      } catch {
        id = null; // not even GraphQL: certainly not registered
      }
      if (idOfText.size >= 1000) idOfText.clear();
      idOfText.set(query, id);
    }
    return id;
  };

  return [
    (req: Request, res: Response, next: NextFunction) => {
      const fromQueryString = req.method === 'GET';
      const params: GraphqlParams = fromQueryString ? { ...(req.query as Record<string, unknown>) } : ((req.body ?? {}) as GraphqlParams);
      if (fromQueryString && typeof params.extensions === 'string') {
        try {
          params.extensions = JSON.parse(params.extensions);
        } catch {
          params.extensions = undefined;
        }
      }
      if (typeof params.query === 'string' && params.query.length > 0) {
        const id = idOf(params.query);
        if (id && manifest.has(id)) return next();
        return refuse(res, 'BAD_USER_INPUT', 'This gateway runs only registered operations (operations/ in the repository); this document is not one of them.');
      }
      const hash = (params.extensions as GraphqlParams['extensions'] & { persistedQuery?: { sha256Hash?: unknown } })?.persistedQuery?.sha256Hash;
      const given = typeof params.documentId === 'string' ? params.documentId : typeof hash === 'string' ? `sha256:${hash}` : undefined;
      const document = given && manifest.get(given.startsWith('sha256:') ? given : `sha256:${given}`);
      if (!document)
        return refuse(
          res,
          'PERSISTED_QUERY_NOT_FOUND',
          'No registered operation has this id; send the id of a document in operations/ (see operations/generated/persisted-documents.json).',
        );
      // Hand Apollo the registered text: it runs it as if the client had sent it.
      const resolved = { ...params, query: document, documentId: undefined, extensions: undefined };
      if (fromQueryString) {
        // Apollo's express integration reads a GET's parameters from the URL itself.
        const url = new URL(req.url, 'http://gateway');
        url.searchParams.delete('documentId');
        url.searchParams.delete('extensions');
        url.searchParams.set('query', document);
        req.url = `${url.pathname}${url.search}`;
      } else req.body = resolved;
      return next();
    },
  ];
}
