// Which addresses Vigil may send requests to (Prometheus, notification targets, status page
// subscriber webhooks). Pure: the connect-time guard (./request.ts) and save-time checks share it.
import ipaddr from "ipaddr.js";

type Address = ipaddr.IPv4 | ipaddr.IPv6;
type Network = [Address, number];

export type OutboundPolicy = {
  /** Loopback and private ranges (127/8, 10/8, 172.16/12, 192.168/16, 100.64/10, ::1, fc00::/7). */
  allowPrivate: boolean;
  /** Further networks allowed on top of public addresses (never link-local or metadata). */
  allowedNetworks: readonly Network[];
  /** The setting to name when a private address is refused. */
  setting: string;
};

// Cloud metadata services hand out credentials to whatever on the machine asks, so they are
// refused whatever the settings: AWS/GCP/Azure/Oracle (169.254.169.254, in link-local, refused
// as a range), AWS over IPv6, and Alibaba (inside 100.64/10, which is otherwise "private").
const METADATA_ADDRESSES = ["fd00:ec2::254", "100.100.100.200"].map((a) => ipaddr.parse(a).toNormalizedString());
const METADATA_HOSTS = new Set([
  "metadata",
  "metadata.google.internal",
  "metadata.goog",
  "instance-data",
  "instance-data.ec2.internal",
  "metadata.azure.internal",
]);
const PRIVATE_RANGES = new Set(["loopback", "private", "uniqueLocal", "carrierGradeNat"]);
const NEVER_RANGES = new Set(["linkLocal", "unspecified", "multicast", "broadcast"]);

/** `10.0.0.0/8, 192.168.1.20` → networks; throws on anything that is not an address or CIDR. */
export function parseNetworks(list: string): Network[] {
  return list
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((item) => {
      if (item.includes("/")) return ipaddr.parseCIDR(item) as Network;
      const address = ipaddr.parse(item);
      return [address, address.kind() === "ipv4" ? 32 : 128] as Network;
    });
}

const inNetworks = (address: Address, networks: readonly Network[]) =>
  networks.some(([base, bits]) => base.kind() === address.kind() && address.match(base, bits));

/** Why Vigil must not connect to this IP address, or null. */
export function addressProblem(raw: string, policy: OutboundPolicy): string | null {
  if (!ipaddr.isValid(raw)) return `${raw} is not an IP address.`;
  // ::ffff:169.254.169.254 reaches the IPv4 address: judge the address it stands for.
  const address = ipaddr.process(raw);
  const shown = address.toString();
  const range = address.range();
  if (
    METADATA_ADDRESSES.includes(address.toNormalizedString()) ||
    (range === "linkLocal" && shown.startsWith("169.254."))
  )
    return `${shown} is a cloud metadata or link-local address, which Vigil never connects to.`;
  if (NEVER_RANGES.has(range)) return `${shown} is a ${range} address, which Vigil never connects to.`;
  if (range === "unicast" || inNetworks(address, policy.allowedNetworks)) return null;
  if (PRIVATE_RANGES.has(range)) {
    if (policy.allowPrivate) return null;
    return `${shown} is a ${range === "uniqueLocal" ? "private" : range} address; an operator can allow such addresses with ${policy.setting}=true.`;
  }
  return `${shown} is a reserved (${range}) address, which Vigil does not connect to.`;
}

const normalHost = (hostname: string) =>
  hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, "")
    .replace(/\.$/, "");

/** Metadata services' names are refused before any lookup: a resolver may answer them with anything. */
export function metadataHostProblem(hostname: string): string | null {
  const host = normalHost(hostname);
  return METADATA_HOSTS.has(host) ? `${host} is a cloud metadata service, which Vigil never connects to.` : null;
}

/** Why the host of a URL is refused as written (metadata names, literal addresses, localhost), or null. */
export function hostProblem(hostname: string, policy: OutboundPolicy): string | null {
  const host = normalHost(hostname);
  const metadata = metadataHostProblem(host);
  if (metadata) return metadata;
  if (ipaddr.isValid(host)) return addressProblem(host, policy);
  // Resolvers answer these with loopback without asking DNS; refusing them here gives a clearer message.
  if ((host === "localhost" || host.endsWith(".localhost")) && addressProblem("127.0.0.1", policy))
    return `${host} is this machine; an operator can allow loopback addresses with ${policy.setting}=true.`;
  return null;
}
