/**
 * A stand-in for the GitHub REST API on 127.0.0.1: a node:http server the tests start, serving the
 * endpoints the Action calls from routes each test sets up, recording every request it receives. The
 * Action reaches it through GITHUB_API_URL, with its real Octokit; nothing is mocked in the client.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Without the query string. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Parsed JSON, or null without a body. */
  body: unknown;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Sent as it is instead of JSON: an HTML error page from a proxy, with its own content-type header. */
  raw?: string;
  /** Milliseconds to wait before answering: a slow API. */
  delay?: number;
  /** Close the connection without an answer: a network failure. */
  drop?: boolean;
}

export type Handler = (request: RecordedRequest) => Reply;

export class GitHubServer {
  readonly requests: RecordedRequest[] = [];
  private readonly routes = new Map<string, Handler>();

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<GitHubServer> {
    let instance: GitHubServer | null = null;
    const server = createServer((incoming, response) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => {
        const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
        const text = Buffer.concat(chunks).toString('utf8');
        const request: RecordedRequest = {
          method: incoming.method ?? 'GET',
          path: url.pathname,
          query: url.searchParams,
          headers: incoming.headers,
          body: text === '' ? null : JSON.parse(text),
        };
        instance!.requests.push(request);
        const handler = instance!.routes.get(`${request.method} ${request.path}`);
        const reply = handler ? handler(request) : { status: 404, body: { message: 'Not Found' } };
        const answer = (): void => {
          if (reply.drop) {
            response.socket?.destroy();
            return;
          }
          const status = reply.status ?? 200;
          if (reply.raw !== undefined) {
            response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...reply.headers });
            response.end(reply.raw);
            return;
          }
          response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
          response.end(status === 204 ? undefined : JSON.stringify(reply.body ?? {}));
        };
        if (reply.delay) setTimeout(answer, reply.delay);
        else answer();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    instance = new GitHubServer(server, `http://127.0.0.1:${port}`);
    return instance;
  }

  /** Serves `reply` (or what `reply` returns) for METHOD PATH; a later route for the same pair wins. */
  route(method: string, path: string, reply: Reply | Handler): void {
    this.routes.set(`${method} ${path}`, typeof reply === 'function' ? reply : () => reply);
  }

  /** Serves `replies` one after the other for METHOD PATH, the last one for every later request: a fault that clears. */
  sequence(method: string, path: string, replies: readonly Reply[]): void {
    let index = 0;
    this.route(method, path, () => replies[Math.min(index++, replies.length - 1)]!);
  }

  /** The requests under a path prefix, such as one test's `/repos/owner/name/`. */
  requestsUnder(prefix: string): RecordedRequest[] {
    return this.requests.filter((request) => request.path.startsWith(prefix));
  }

  /**
   * A page of `items`, `size` at a time whatever per_page asked for, with the Link header GitHub sends
   * (REST docs, "Using pagination in the REST API"): rel next/last, and prev/first after page 1.
   */
  page(request: RecordedRequest, items: readonly unknown[], size: number): Reply {
    const page = Number(request.query.get('page') ?? '1');
    const last = Math.max(1, Math.ceil(items.length / size));
    const link = (number: number, rel: string): string => {
      const query = new URLSearchParams(request.query);
      query.set('page', String(number));
      return `<${this.url}${request.path}?${query}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'));
    return { body: items.slice((page - 1) * size, page * size), headers: links.length > 0 ? { link: links.join(', ') } : {} };
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
