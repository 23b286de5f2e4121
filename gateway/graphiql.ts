import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import { projectRoot } from '../subgraphs/kit/project-root';
import type { DemoUserRole } from '../demo/municipality';
import { DEMO_ROLES, devToken } from './dev-token';

/** The folder of an installed package (GraphiQL's package exports hide its UMD build from `require.resolve`). */
function packageDir(name: string): string {
  const entry = require.resolve(name);
  const marker = `${path.sep}node_modules${path.sep}${name}${path.sep}`;
  return entry.slice(0, entry.lastIndexOf(marker) + marker.length);
}

/** Everything the page loads, from npm packages on this machine: no CDN, so it works offline. */
const ASSETS: Record<string, { file: () => string; type: string }> = {
  'react.js': { file: () => path.join(packageDir('react'), 'umd', 'react.production.min.js'), type: 'text/javascript' },
  'react-dom.js': { file: () => path.join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'), type: 'text/javascript' },
  'graphiql.js': { file: () => path.join(packageDir('graphiql'), 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.css': { file: () => path.join(packageDir('graphiql'), 'graphiql.min.css'), type: 'text/css' },
};

// Runs in the browser: reads the page's settings, then renders GraphiQL against this gateway.
const START = `(function () {
  var settings = JSON.parse(document.getElementById('settings').textContent);
  document.getElementById('role').addEventListener('change', function (e) { location.search = '?role=' + encodeURIComponent(e.target.value); });
  var fetcher = GraphiQL.createFetcher({ url: settings.endpoint });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: settings.query,
      query: settings.query,
      headers: settings.headers,
      shouldPersistHeaders: false,
      defaultEditorToolsVisibility: 'headers',
    }),
  );
})();
`;

// No script or style from anywhere but this gateway; GraphiQL itself needs inline styles and data: fonts.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:; connect-src 'self'";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(role: DemoUserRole, settings: { endpoint: string; query: string; headers: string }): string {
  // JSON inside a script element: `<` escaped so no value can close the element.
  const json = JSON.stringify(settings).replace(/</g, '\\u003c');
  const options = DEMO_ROLES.map((r) => `<option value="${escapeHtml(r)}"${r === role ? ' selected' : ''}>${escapeHtml(r)}</option>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Rinnalla GraphiQL (development)</title>
<link rel="stylesheet" href="/graphiql/assets/graphiql.css">
<style>body{margin:0;font-family:system-ui,sans-serif}#bar{height:36px;display:flex;align-items:center;gap:8px;padding:0 12px;border-bottom:1px solid #ddd;font-size:14px}#graphiql{height:calc(100vh - 37px)}</style>
</head>
<body>
<div id="bar"><strong>Rinnalla</strong> development IDE · signed in as the demo <label>role <select id="role">${options}</select></label> (an 8-hour dev token in Headers)</div>
<div id="graphiql">Loading GraphiQL…</div>
<script id="settings" type="application/json">${json}</script>
<script src="/graphiql/assets/react.js"></script>
<script src="/graphiql/assets/react-dom.js"></script>
<script src="/graphiql/assets/graphiql.js"></script>
<script src="/graphiql/assets/start.js"></script>
</body>
</html>`;
}

/**
 * GraphiQL for development, served from npm packages: GET /graphiql?role=<demo role> (companion by default),
 * and GET /graphql from a browser. The header editor carries a dev token for the role and the editor the
 * headline query, so one click runs it. Production mounts nothing: there the paths answer 404.
 */
export function graphiql(options: { production: boolean; dataRoot: string }): express.Router {
  const router = express.Router();
  if (options.production) return router;
  const headline = fs.readFileSync(path.join(projectRoot(), 'operations', 'companion-agenda.graphql'), 'utf8');

  const serve: express.RequestHandler = async (req, res, next) => {
    try {
      const role = typeof req.query.role === 'string' ? req.query.role : 'companion';
      if (!(DEMO_ROLES as string[]).includes(role)) {
        res
          .status(400)
          .type('text/plain')
          .send(`Unknown demo role; use one of ${DEMO_ROLES.join(', ')}.`);
        return;
      }
      const token = await devToken(options.dataRoot, role as DemoUserRole);
      res
        .set({ 'content-security-policy': CSP, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' })
        .type('html')
        .send(page(role as DemoUserRole, { endpoint: '/graphql', query: headline, headers: JSON.stringify({ authorization: `Bearer ${token}` }, null, 2) }));
    } catch (error) {
      next(error);
    }
  };
  router.get('/graphiql', serve);
  // A browser opening the endpoint gets the IDE; GraphQL GETs (no text/html) go on to Apollo.
  router.get('/graphql', (req, res, next) =>
    !req.query.query && req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html' ? serve(req, res, next) : next(),
  );
  router.get('/graphiql/assets/start.js', (_req, res) => {
    res.type('text/javascript').send(START);
  });
  router.get('/graphiql/assets/:name', (req, res) => {
    const asset = ASSETS[req.params.name];
    if (!asset) {
      res.status(404).end();
      return;
    }
    res.type(asset.type).set('cache-control', 'public, max-age=3600').sendFile(asset.file());
  });
  return router;
}
