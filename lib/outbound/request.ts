// Every request Vigil sends to an address someone configured goes through here: the Prometheus
// poller and its "test connection", notification targets (webhooks, Slack) and status page
// subscriber webhooks. The address is checked when the socket connects, after DNS, so a name
// that resolves elsewhere later (DNS rebinding) or a literal address gets the same verdict.
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import type { Duplex } from "node:stream";
import { env } from "@/lib/env";
import { addressProblem, hostProblem, metadataHostProblem, parseNetworks, type OutboundPolicy } from "./core/policy";

export type { OutboundPolicy };

export class OutboundRefused extends Error {
  constructor(message: string) {
    super(`Refused: ${message}`);
    this.name = "OutboundRefused";
  }
}

/** Destinations an admin configures (Prometheus, notification targets): OUTBOUND_ALLOW_PRIVATE, OUTBOUND_ALLOWED_NETWORKS. */
export function adminPolicy(): OutboundPolicy {
  const config = env();
  return {
    allowPrivate: config.OUTBOUND_ALLOW_PRIVATE,
    allowedNetworks: parseNetworks(config.OUTBOUND_ALLOWED_NETWORKS ?? ""),
    setting: "OUTBOUND_ALLOW_PRIVATE",
  };
}

/** Status page subscriber webhooks, which anyone may register: public addresses only by default. */
export function subscriberPolicy(): OutboundPolicy {
  return {
    allowPrivate: env().SUBSCRIBER_WEBHOOKS_ALLOW_PRIVATE,
    allowedNetworks: [],
    setting: "SUBSCRIBER_WEBHOOKS_ALLOW_PRIVATE",
  };
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | dns.LookupAddress[],
  family?: number,
) => void;

function guardedLookup(policy: OutboundPolicy) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      // Every answer must pass: the connection may be made to any of them.
      for (const { address } of addresses) {
        const problem = addressProblem(address, policy);
        if (problem) return callback(new OutboundRefused(`${hostname} resolves to ${problem}`), []);
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" }), []);
      callback(null, first.address, first.family);
    });
  };
}

type ConnectCallback = (err: Error | null, socket: Duplex) => void;

/** A literal address is judged here (it is connected to without a lookup); names after their lookup. */
function guardConnection(
  policy: OutboundPolicy,
  options: http.ClientRequestArgs,
  callback: ConnectCallback | undefined,
  connect: (options: http.ClientRequestArgs) => Duplex | null | undefined,
): Duplex | null | undefined {
  const host = options.host ?? options.hostname ?? "";
  const problem = net.isIP(host) ? addressProblem(host, policy) : metadataHostProblem(host);
  if (problem) {
    const socket = new net.Socket();
    const error = new OutboundRefused(problem);
    if (callback) callback(error, socket);
    else process.nextTick(() => socket.destroy(error));
    return socket;
  }
  return connect({ ...options, lookup: guardedLookup(policy) as net.LookupFunction });
}

class GuardedHttpAgent extends http.Agent {
  constructor(private readonly policy: OutboundPolicy) {
    super({ keepAlive: true, maxSockets: 16 });
  }
  override createConnection(options: http.ClientRequestArgs, callback?: ConnectCallback) {
    return guardConnection(this.policy, options, callback, (o) => super.createConnection(o, callback));
  }
}

class GuardedHttpsAgent extends https.Agent {
  constructor(private readonly policy: OutboundPolicy) {
    super({ keepAlive: true, maxSockets: 16 });
  }
  override createConnection(options: http.ClientRequestArgs, callback?: ConnectCallback) {
    return guardConnection(this.policy, options, callback, (o) => super.createConnection(o, callback));
  }
}

const agents = new Map<string, { "http:": http.Agent; "https:": https.Agent }>();
function agentsFor(policy: OutboundPolicy) {
  const key = JSON.stringify([policy.allowPrivate, policy.allowedNetworks.map(([a, bits]) => `${a}/${bits}`)]);
  let pair = agents.get(key);
  if (!pair) {
    pair = { "http:": new GuardedHttpAgent(policy), "https:": new GuardedHttpsAgent(policy) };
    agents.set(key, pair);
  }
  return pair;
}

export type OutboundResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };
export type OutboundRequest = {
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  timeoutMs: number;
  /** The answer is read up to this size; more is an error (a receiver cannot exhaust memory). */
  maxResponseBytes?: number;
  /** Only the status matters (webhooks): the answer's body is not read at all. */
  ignoreBody?: boolean;
  policy: OutboundPolicy;
};

/** One request through the guard. Redirects are not followed; the 3xx is the answer. */
export function outboundRequest(url: string, request: OutboundRequest): Promise<OutboundResponse> {
  const target = new URL(url);
  if (target.protocol !== "http:" && target.protocol !== "https:")
    return Promise.reject(new OutboundRefused(`${target.protocol} URLs are not fetched; use http(s).`));
  const protocol = target.protocol;
  const client = protocol === "https:" ? https : http;
  const limit = request.maxResponseBytes ?? 1_000_000;
  return new Promise((resolve, reject) => {
    const req = client.request(
      target,
      {
        method: request.method ?? "GET",
        agent: agentsFor(request.policy)[protocol],
        headers: {
          ...request.headers,
          ...(request.body !== undefined ? { "content-length": String(Buffer.byteLength(request.body)) } : {}),
        },
        signal: AbortSignal.timeout(request.timeoutMs),
      },
      (response) => {
        if (request.ignoreBody) {
          response.destroy();
          return resolve({ status: response.statusCode ?? 0, headers: response.headers, body: "" });
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > limit) response.destroy(new Error(`the answer is larger than ${limit} bytes`));
          else chunks.push(chunk);
        });
        response.on("error", reject);
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    req.on("error", (e) =>
      reject(e.name === "AbortError" ? new Error(`no answer within ${request.timeoutMs / 1000} s`) : e),
    );
    req.end(request.body);
  });
}

/**
 * Save-time check of a URL (a 422 is clearer than a failed delivery later): the host as
 * written, then what it resolves to now. A name that does not resolve yet is accepted; the
 * connect-time check still applies to every request.
 */
export async function destinationProblem(url: string, policy: OutboundPolicy): Promise<string | null> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return "Give a full http(s) URL.";
  }
  if (target.protocol !== "http:" && target.protocol !== "https:") return "Give a full http(s) URL.";
  const host = target.hostname.replace(/^\[|\]$/g, "");
  const problem = hostProblem(host, policy);
  if (problem || net.isIP(host)) return problem;
  const addresses = await dns.promises.lookup(host, { all: true }).catch(() => []);
  for (const { address } of addresses) {
    const refused = addressProblem(address, policy);
    if (refused) return `${host} resolves to ${refused}`;
  }
  return null;
}
