import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './styles/graphiql.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { examples } from './examples';
import { endpoint } from './graphql';

// Same origin only: the fetcher posts to /graphql of the server that served this page.
const fetcher = createGraphiQLFetcher({ url: new URL(endpoint, window.location.origin).toString() });

// Every example operation of schema/queries/ as a tab, the hydrogen question first; curation examples need a key,
// so their tabs carry the header to fill in.
const defaultTabs = examples.map(example => ({
  query: example.query,
  variables: example.variables,
  headers: example.path.startsWith('curation/') ? '{ "X-Api-Key": "" }' : undefined,
}));

const root = createRoot(document.getElementById('graphiql')!);
root.render(
  createElement(GraphiQL, {
    fetcher,
    defaultTabs,
    defaultHeaders: '{ "X-Api-Key": "" }',
    isHeadersEditorEnabled: true,
    defaultEditorToolsVisibility: 'variables',
    shouldPersistHeaders: false,
  }),
);
