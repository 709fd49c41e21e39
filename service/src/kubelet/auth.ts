/**
 * Who is calling, and may they? Client certificates are verified by the TLS layer against
 * the client CA; bearer tokens through TokenReview; the decision through SubjectAccessReview
 * on the kubelet's attributes (./authz.ts). Both reviews are cached briefly, with the
 * kubelet's defaults: authentication 2 minutes, allow 5 minutes, deny 30 seconds.
 */
import { createHash } from "node:crypto";
import type { TLSSocket } from "node:tls";
import type { NodeAttributes } from "./authz.ts";

export interface UserInfo {
  readonly username: string;
  readonly uid?: string;
  readonly groups: readonly string[];
  readonly extra?: Readonly<Record<string, readonly string[]>>;
}

/** The two review calls, made with the provider's own credentials. */
export interface ReviewClient {
  request<T>(method: string, path: string, spec?: { body?: unknown }): Promise<T>;
}

interface TokenReview {
  readonly status?: { readonly authenticated?: boolean; readonly user?: UserInfo; readonly error?: string };
}

interface SubjectAccessReview {
  readonly status?: { readonly allowed?: boolean; readonly denied?: boolean; readonly reason?: string };
}

export interface Decision {
  readonly allowed: boolean;
  readonly reason: string;
}

export interface AuthOptions {
  readonly client: ReviewClient;
  readonly authnTtlMs?: number;
  readonly allowTtlMs?: number;
  readonly denyTtlMs?: number;
  /** Entries kept per cache before the oldest go. */
  readonly maxEntries?: number;
  readonly now?: () => number;
}

class TtlCache<V> {
  private readonly entries = new Map<string, { value: V; expires: number }>();
  private readonly max: number;
  private readonly now: () => number;
  constructor(max: number, now: () => number) {
    this.max = max;
    this.now = now;
  }
  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }
  set(key: string, value: V, ttlMs: number): void {
    this.entries.delete(key);
    if (this.entries.size >= this.max) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, { value, expires: this.now() + ttlMs });
  }
}

function asList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The user a verified client certificate names: CN is the user, each O a group. */
export function userFromCertificate(socket: TLSSocket): UserInfo | undefined {
  if (!socket.authorized) return undefined;
  const cert = socket.getPeerCertificate();
  if (!cert || !cert.subject) return undefined;
  const cn = asList(cert.subject.CN)[0];
  if (!cn) return undefined;
  return { username: cn, groups: [...asList(cert.subject.O), "system:authenticated"] };
}

export class KubeletAuth {
  private readonly options: AuthOptions;
  private readonly tokens: TtlCache<UserInfo | null>;
  private readonly decisions: TtlCache<Decision>;

  constructor(options: AuthOptions) {
    this.options = options;
    const now = options.now ?? Date.now;
    this.tokens = new TtlCache(options.maxEntries ?? 4096, now);
    this.decisions = new TtlCache(options.maxEntries ?? 4096, now);
  }

  /** The user behind a bearer token, or null when the apiserver does not know it. */
  async authenticateToken(token: string): Promise<UserInfo | null> {
    const key = createHash("sha256").update(token).digest("base64url");
    const cached = this.tokens.get(key);
    if (cached !== undefined) return cached;
    const review = await this.options.client.request<TokenReview>(
      "POST",
      "/apis/authentication.k8s.io/v1/tokenreviews",
      { body: { apiVersion: "authentication.k8s.io/v1", kind: "TokenReview", spec: { token } } },
    );
    const user = review.status?.authenticated && review.status.user ? review.status.user : null;
    const normalized = user ? { ...user, groups: user.groups ?? [] } : null;
    // Failures are cached briefly too, so a flood of bad tokens cannot flood the apiserver.
    this.tokens.set(key, normalized, normalized ? (this.options.authnTtlMs ?? 120_000) : 10_000);
    return normalized;
  }

  async authorize(user: UserInfo, attributes: NodeAttributes): Promise<Decision> {
    const key = JSON.stringify([user.username, user.uid, [...user.groups].sort(), user.extra, attributes]);
    const cached = this.decisions.get(key);
    if (cached) return cached;
    const review = await this.options.client.request<SubjectAccessReview>(
      "POST",
      "/apis/authorization.k8s.io/v1/subjectaccessreviews",
      {
        body: {
          apiVersion: "authorization.k8s.io/v1",
          kind: "SubjectAccessReview",
          spec: {
            user: user.username,
            groups: user.groups,
            ...(user.uid ? { uid: user.uid } : {}),
            ...(user.extra ? { extra: user.extra } : {}),
            resourceAttributes: {
              verb: attributes.verb,
              resource: attributes.resource,
              subresource: attributes.subresource,
              name: attributes.name,
            },
          },
        },
      },
    );
    const allowed = review.status?.allowed === true && review.status.denied !== true;
    const decision = { allowed, reason: review.status?.reason ?? "" };
    this.decisions.set(
      key,
      decision,
      allowed ? (this.options.allowTtlMs ?? 300_000) : (this.options.denyTtlMs ?? 30_000),
    );
    return decision;
  }
}
