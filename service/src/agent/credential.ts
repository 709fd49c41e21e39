/**
 * The pod agent's credential: HMAC-SHA256 of the pod UID under a per-node secret, delivered in
 * the agent container's env at create. Bound to the UID, so a credential of a deleted pod (or of
 * another pod) never opens the feed; the provider also refuses UIDs it no longer runs.
 * Both replicas of a node derive the same secret from the node's configuration.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

/** Env vars of the agent container. */
export const AGENT_TOKEN_ENV = "OKEVN_AGENT_TOKEN";
export const AGENT_POD_UID_ENV = "OKEVN_POD_UID";

/** base64url HMAC-SHA256(secret, "okevn-agent:" + podUid). */
export function agentCredential(secret: Uint8Array | string, podUid: string): string {
  return createHmac("sha256", secret).update(`okevn-agent:${podUid}`).digest("base64url");
}

/** Whether `presented` is the credential of `podUid` (constant-time comparison). */
export function verifyAgentCredential(
  secret: Uint8Array | string,
  podUid: string,
  presented: string,
): boolean {
  const expected = Buffer.from(agentCredential(secret, podUid));
  const actual = Buffer.from(presented);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** `Authorization: OkevnAgent <podUid>:<credential>` parsed; undefined when malformed. */
export function parseAgentAuthorization(
  header: string | undefined,
): { podUid: string; token: string } | undefined {
  const match = /^OkevnAgent ([0-9a-fA-F-]{1,64}):([A-Za-z0-9_-]{1,128})$/.exec(header ?? "");
  return match ? { podUid: match[1]!, token: match[2]! } : undefined;
}

export function agentAuthorization(podUid: string, token: string): string {
  return `OkevnAgent ${podUid}:${token}`;
}
