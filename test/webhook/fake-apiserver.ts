// A tiny stand-in for kube-apiserver's list and watch endpoints (plain HTTP on 127.0.0.1), enough for
// @kubernetes/client-node informers: list returns {items, metadata.resourceVersion}; ?watch=true streams events.
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { KubeConfig } from '@kubernetes/client-node';

type Obj = { metadata: { name: string; resourceVersion?: string }; [key: string]: unknown };

interface Collection {
  kind: string;
  apiVersion: string;
  items: Map<string, Obj>;
  /** Open watches, each with the name its `metadata.name=` field selector asks for (undefined = all). */
  watchers: Map<ServerResponse, string | undefined>;
}

export class FakeApiServer {
  private server: Server | undefined;
  private rv = 1;
  private readonly collections = new Map<string, Collection>();
  /** Requests answered 500 before normal service resumes. */
  failLists = 0;
  failWatches = 0;
  /** When true, list requests are never answered (a silent hang). */
  hangLists = false;
  /** GETs of one object answered 500 before normal service resumes. */
  failGets = 0;
  listCount = 0;
  getCount = 0;
  /** Paths of every request, for asserting what was (not) asked. */
  readonly requests: string[] = [];
  watchCount = 0;
  url = '';

  collection(path: string, kind: string, apiVersion: string): void {
    this.collections.set(path, { kind, apiVersion, items: new Map(), watchers: new Map() });
  }

  private event(path: string, type: 'ADDED' | 'MODIFIED' | 'DELETED', object: Obj): void {
    const collection = this.collections.get(path);
    if (!collection) throw new Error(`no collection ${path}`);
    const stored = { ...object, metadata: { ...object.metadata, resourceVersion: String(++this.rv) } };
    if (type === 'DELETED') collection.items.delete(object.metadata.name);
    else collection.items.set(object.metadata.name, stored);
    for (const [watcher, only] of collection.watchers) {
      if (!only || only === object.metadata.name) watcher.write(`${JSON.stringify({ type, object: stored })}\n`);
    }
  }

  put(path: string, object: Obj): void {
    const exists = this.collections.get(path)?.items.has(object.metadata.name);
    this.event(path, exists ? 'MODIFIED' : 'ADDED', object);
  }

  remove(path: string, name: string): void {
    const object = this.collections.get(path)?.items.get(name);
    if (object) this.event(path, 'DELETED', object);
  }

  /** Ends every open watch (like an apiserver restart). */
  dropWatches(): void {
    for (const collection of this.collections.values()) {
      for (const watcher of collection.watchers.keys()) watcher.end();
      collection.watchers.clear();
    }
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    this.requests.push(url.pathname);
    let collection = this.collections.get(url.pathname);
    if (!collection) {
      // GET of one object: <collection>/<name>
      const slash = url.pathname.lastIndexOf('/');
      const parent = this.collections.get(url.pathname.slice(0, slash));
      if (parent) {
        this.getCount++;
        const object = parent.items.get(url.pathname.slice(slash + 1));
        if (this.failGets > 0) {
          this.failGets--;
          res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ kind: 'Status', code: 500, message: 'etcd unavailable' }));
        } else if (object) res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(object));
        else res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ kind: 'Status', code: 404, reason: 'NotFound' }));
        return;
      }
      collection = undefined;
    }
    const selected = /^metadata\.name=(.+)$/.exec(url.searchParams.get('fieldSelector') ?? '')?.[1];
    if (!collection) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ kind: 'Status', code: 404 }));
      return;
    }
    if (url.searchParams.get('watch') === 'true') {
      this.watchCount++;
      if (this.failWatches > 0) {
        this.failWatches--;
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ kind: 'Status', code: 500, message: 'etcd unavailable' }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
      res.flushHeaders();
      collection.watchers.set(res, selected);
      req.on('close', () => collection.watchers.delete(res));
      return;
    }
    this.listCount++;
    if (this.hangLists) return;
    if (this.failLists > 0) {
      this.failLists--;
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ kind: 'Status', code: 500, message: 'etcd unavailable' }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        kind: `${collection.kind}List`,
        apiVersion: collection.apiVersion,
        metadata: { resourceVersion: String(this.rv) },
        items: [...collection.items.values()].filter((item) => !selected || item.metadata.name === selected),
      }),
    );
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  kubeConfig(): KubeConfig {
    const kc = new KubeConfig();
    kc.loadFromOptions({
      clusters: [{ name: 'fake', server: this.url, skipTLSVerify: true }],
      users: [{ name: 'pgwarden', token: 'test-token' }],
      contexts: [{ name: 'fake', cluster: 'fake', user: 'pgwarden' }],
      currentContext: 'fake',
    });
    return kc;
  }

  async stop(): Promise<void> {
    this.dropWatches();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
