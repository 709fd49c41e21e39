/**
 * Checks on single string values. Each returns `undefined` when the value is fine, or what the
 * value must be ("must be …"); the caller adds the field path and the offending value.
 */
import { isIP } from "node:net";

export type Check = (value: string) => string | undefined;

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
// A Kubernetes quantity without sign: 1000, 0.5, 250m, 4Ti, 1e3.
const QUANTITY = /^(\d+(\.\d*)?|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;

export const nonEmpty: Check = (s) => (s.trim() === "" ? "must not be empty" : undefined);

export const dnsLabel: Check = (s) =>
  s.length <= 63 && DNS_LABEL.test(s)
    ? undefined
    : 'must be a DNS-1123 label: at most 63 lowercase letters, digits and "-", starting and ending with a letter or digit';

export const dnsSubdomain: Check = (s) =>
  s.length <= 253 && DNS_SUBDOMAIN.test(s)
    ? undefined
    : 'must be a DNS-1123 subdomain: at most 253 lowercase letters, digits, "-" and ".", starting and ending with a letter or digit';

/** A label or taint key: `[prefix/]name`, the prefix a DNS subdomain. */
export const labelKey: Check = (s) => {
  const slash = s.indexOf("/");
  const prefix = slash < 0 ? undefined : s.slice(0, slash);
  const name = slash < 0 ? s : s.slice(slash + 1);
  if (prefix !== undefined && (prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix))) {
    return "must be a label key: the part before / must be a DNS-1123 subdomain such as example.com";
  }
  if (name.length > 63 || !LABEL_NAME.test(name)) {
    return 'must be a label key: [prefix/]name, the name at most 63 letters, digits, "-", "_" and ".", starting and ending with a letter or digit';
  }
  return undefined;
};

export const labelValue: Check = (s) =>
  s === "" || (s.length <= 63 && LABEL_NAME.test(s))
    ? undefined
    : 'must be a label value: empty, or at most 63 letters, digits, "-", "_" and ".", starting and ending with a letter or digit';

/** A positive Kubernetes quantity such as `1000`, `250m` or `4Ti`. */
export const quantity: Check = (s) => {
  const m = QUANTITY.exec(s);
  if (!m) return 'must be a Kubernetes quantity such as "1000", "250m", "512Mi" or "4Ti"';
  if (!/[1-9]/.test(m[1] ?? "")) return "must be greater than zero";
  return undefined;
};

export const ipAddress: Check = (s) =>
  isIP(s) === 0 ? "must be an IPv4 or IPv6 address such as 10.0.0.5" : undefined;

/** An IPv4 CIDR block without host bits, /30 or larger (OCI's subnet sizes), such as `10.0.10.0/24`. */
export const ipv4Cidr: Check = (s) => {
  const [address = "", length = "", ...rest] = s.split("/");
  const bits = Number(length);
  if (rest.length > 0 || isIP(address) !== 4 || !/^\d{1,2}$/.test(length) || bits > 30)
    return "must be an IPv4 CIDR block of /30 or larger such as 10.0.10.0/24";
  const value = address.split(".").reduce((n, part) => n * 256 + Number(part), 0);
  return value % 2 ** (32 - bits) === 0
    ? undefined
    : `has host bits set: ${address} is not the block's first address`;
};

/** A DNS resolver: an IPv4 address, optionally with `:port` (53 when absent). */
export const resolverAddress: Check = (s) => {
  const match = /^(\d+\.\d+\.\d+\.\d+)(?::(\d{1,5}))?$/.exec(s);
  if (
    !match ||
    isIP(match[1]!) !== 4 ||
    (match[2] !== undefined && (Number(match[2]) < 1 || Number(match[2]) > 65535))
  )
    return "must be an IPv4 address with an optional :port such as 10.0.0.5 or 10.0.0.5:5353";
  return undefined;
};

/** `host:port` with an IP or DNS host (IPv6 in brackets); port 0 picks a free port. */
export const hostPort: Check = (s) => {
  const parsed = parseHostPort(s);
  if (!parsed) return 'must be host:port such as "0.0.0.0:10255" or "[::]:10255"';
  if (isIP(parsed.host) === 0 && !DNS_SUBDOMAIN.test(parsed.host)) {
    return "must be host:port with an IP address or DNS name as host";
  }
  if (parsed.port > 65535) return "must be host:port with a port from 0 to 65535";
  return undefined;
};

export function parseHostPort(s: string): { host: string; port: number } | undefined {
  const m = /^(?:\[([0-9A-Fa-f:.]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(s);
  if (!m) return undefined;
  return { host: m[1] ?? m[2] ?? "", port: Number(m[3]) };
}

/** An absolute http(s) URL usable as an OCI SDK endpoint (no credentials, query or fragment). */
export const endpointUrl: Check = (s) => {
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return 'must be an absolute URL such as "https://compute-containers.eu-frankfurt-1.oci.oraclecloud.com"';
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "must be an http:// or https:// URL";
  if (url.username || url.password || url.search || url.hash) {
    return "must be a URL without user name, password, query or fragment";
  }
  return undefined;
};

export const region: Check = (s) =>
  /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(s)
    ? undefined
    : "must be an OCI region identifier such as eu-frankfurt-1";

export const faultDomain: Check = (s) =>
  /^FAULT-DOMAIN-[1-3]$/.test(s) ? undefined : "must be FAULT-DOMAIN-1, FAULT-DOMAIN-2 or FAULT-DOMAIN-3";

export const noWhitespace: Check = (s) =>
  s === "" ? "must not be empty" : /\s/.test(s) ? "must not contain whitespace" : undefined;

/**
 * An OCID of one of `types`: `ocid1.<type>.<realm>.[region].<unique>`. The realm is
 * required; the region part is empty for global resources (`ocid1.compartment.oc1..aaaa`).
 */
export function ocid(...types: readonly string[]): Check {
  const re = new RegExp(
    `^ocid1\\.(${types.join("|")})\\.[a-z0-9]+\\.[a-z0-9-]*(\\.[a-z0-9-]+)?\\.[A-Za-z0-9_-]+$`,
  );
  const example = types.map((t) => `ocid1.${t}.oc1..aaaa…`).join(" or ");
  return (s) => (re.test(s) ? undefined : `must be an OCID such as ${example}`);
}

/** Runs checks in order and returns the first complaint. */
export function all(...checks: readonly Check[]): Check {
  return (s) => {
    for (const check of checks) {
      const message = check(s);
      if (message !== undefined) return message;
    }
    return undefined;
  };
}

export function maxLength(n: number): Check {
  return (s) => (s.length > n ? `must be at most ${n} characters` : undefined);
}
