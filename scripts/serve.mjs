/**
 * Serves the production build with one Next.js process per core (at most
 * WEB_CONCURRENCY, default: the machine's cores), all on one port: Node's
 * cluster module hands each connection to a free process. One process runs
 * JavaScript on one core only, so a single `next start` leaves the other cores
 * idle however many requests wait. A process that dies is replaced.
 *
 *   node scripts/serve.mjs [--port 3000] [--hostname 0.0.0.0]
 */
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { port: { type: "string" }, hostname: { type: "string" } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOST ?? "0.0.0.0";
function decodable(pathname) {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** Whether a request's Origin names the host it was sent to, as Next.js's own check of server actions reads them. */
function sameOrigin(request, trustProxy) {
  const host = (trustProxy ? request.headers["x-forwarded-host"]?.split(",")[0]?.trim() : undefined) || request.headers.host;
  try {
    return new URL(request.headers.origin).host === host;
  } catch {
    return false;
  }
}

/** Set here to the connection's address; lib/security/client-ip.ts reads it. */
const CONNECTION_IP_HEADER = "x-claimwork-connection-ip";
const workers = Math.max(1, Number(process.env.WEB_CONCURRENCY) || os.availableParallelism());
process.env.NODE_ENV = "production";
// The app finds files of its own (the PDF reader's worker) from the project's folder.
process.chdir(path.resolve(import.meta.dirname, ".."));

if (cluster.isPrimary && workers > 1) {
  let stopping = false;
  for (let i = 0; i < workers; i++) cluster.fork();
  const started = new Set();
  cluster.on("message", (worker, message) => {
    if (message !== "ready") return;
    started.add(worker.id);
    if (started.size === workers) console.log(`Ready on http://${hostname}:${port} (${workers} processes)`);
  });
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    // A process that dies before it ever served would die again: stop, rather than restart it forever.
    if (!started.has(worker.id)) {
      console.error(`A server process failed to start (${signal ?? code}).`);
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.kill("SIGTERM");
      process.exit(1);
    }
    console.error(`Server process ${worker.process.pid} ended (${signal ?? code}); starting another.`);
    cluster.fork();
  });
  const stop = () => {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
    const deadline = setTimeout(() => process.exit(0), 10_000);
    deadline.unref();
    cluster.on("exit", () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    });
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
} else {
  // A server action that redirects has the new page rendered into its own response by
  // fetching it from this process. Next derives that address from the request (https
  // behind a TLS proxy, which this process does not speak) unless told: plain HTTP to
  // itself. (`next start` sets the same variable; a custom server must.)
  const self = hostname === "0.0.0.0" ? "127.0.0.1" : hostname === "::" ? "[::1]" : hostname;
  process.env.__NEXT_PRIVATE_ORIGIN ??= `http://${self}:${port}`;
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: path.resolve(import.meta.dirname, ".."), hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  // Without a trusted proxy in front (TRUST_PROXY), X-Forwarded-* headers come from the
  // client and are dropped, so that neither the server actions' origin check nor the rate
  // limits can be told another host or address. The connection's own address is passed
  // on in a header of the app's that no client can set.
  const trustProxy = /^(1|true|yes)$/i.test(process.env.TRUST_PROXY ?? "");
  const server = http.createServer((request, response) => {
    for (const name of Object.keys(request.headers)) {
      if (name === CONNECTION_IP_HEADER || (!trustProxy && (name.startsWith("x-forwarded-") || name === "x-real-ip" || name === "forwarded"))) {
        delete request.headers[name];
      }
    }
    if (request.socket.remoteAddress) request.headers[CONNECTION_IP_HEADER] = request.socket.remoteAddress;
    // Next.js's router fails with a bare 500 on a path whose escapes are not UTF-8 (%ff%fe): a 400, before it.
    const pathname = (request.url ?? "/").split("?")[0] ?? "/";
    if (!decodable(pathname)) {
      const message = "This address holds characters that are not valid UTF-8.";
      const api = pathname.startsWith("/api/");
      response.writeHead(400, { "Content-Type": api ? "application/json" : "text/plain; charset=utf-8" });
      response.end(api ? JSON.stringify({ error: { code: "invalid", message } }) : message);
      return;
    }
    // Next.js refuses a server action posted from another origin with a bare 500; answer it as what it is.
    if (request.method === "POST" && request.headers["next-action"] && request.headers.origin && !sameOrigin(request, trustProxy)) {
      response.writeHead(403, { "Content-Type": "text/plain; charset=utf-8" });
      response.end("A form of another site cannot act here.");
      return;
    }
    void handle(request, response);
  });
  // Keep idle connections longer than the clients and proxies in front do (load balancers
  // commonly keep 60 s): a connection the server closes just as a client reuses it loses
  // that request ("fetch failed"), as Node's default of 5 s lets happen.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.listen(port, hostname, () => {
    if (cluster.isWorker) process.send?.("ready");
    else console.log(`Ready on http://${hostname}:${port}`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
