// Worker-thread entry of the search indexer (indexer-thread.ts). Pagefind's Node API encodes
// every page as base64 JSON for its child process: about a second of CPU for a large report,
// which here is not spent on the thread that renders the pages. Pages come in as messages,
// in order; the index goes back as one message.
import { parentPort } from 'node:worker_threads';
import { SearchIndexError, SearchIndexer } from './pagefind-index.js';
import type { IndexerReply, IndexerRequest } from './indexer-protocol.js';

const port = parentPort;
if (port === null) throw new Error('index-worker.js draait alleen als worker thread');

const reply = (message: IndexerReply): void => port.postMessage(message);
const problem = (error: unknown): IndexerReply => ({
  error: error instanceof Error ? error.message : String(error),
  searchIndexError: error instanceof SearchIndexError,
});

const started = SearchIndexer.start();
started.then(
  () => reply({ started: true }),
  (error: unknown) => reply(problem(error)),
);

port.on('message', (request: IndexerRequest) => {
  void started.then(async (indexer) => {
    if (request.kind === 'add') {
      await indexer.add(request.path, request.html);
      reply({ added: true });
      return;
    }
    if (request.kind === 'close') {
      await indexer.close();
      reply({ closed: true });
      return;
    }
    try {
      reply({ files: [...(await indexer.finish())] });
    } catch (error) {
      reply(problem(error));
    }
  }, () => undefined);
});
