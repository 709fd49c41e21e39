import { createHash } from "node:crypto";

/** OCI accepts `opc-retry-token` values of 1 to 64 characters. */
export const MAX_RETRY_TOKEN_LENGTH = 64;

const PREFIX = "okevn-";

/**
 * The `opc-retry-token` for creating a pod's instance: the same for every retry of one attempt, so a
 * create whose response was lost returns the instance already made instead of a second one; a new
 * `attempt` (recreation after the instance vanished) gets a new token, since OCI would otherwise hand
 * back the vanished instance for up to 24 hours.
 *
 * Readable as `okevn-<uid>-<attempt>`; a UID that would not fit or holds other characters is hashed.
 */
export function retryToken(podUid: string, attempt = 0): string {
  if (!Number.isSafeInteger(attempt) || attempt < 0)
    throw new RangeError(`attempt must be a non-negative integer, got ${attempt}`);
  if (podUid === "") throw new RangeError("pod UID is empty");
  const readable = `${PREFIX}${podUid}-${attempt}`;
  if (readable.length <= MAX_RETRY_TOKEN_LENGTH && /^[A-Za-z0-9-]+$/.test(podUid)) return readable;
  const digest = createHash("sha256").update(`${podUid}\n${attempt}`).digest("hex");
  return `${PREFIX}${digest.slice(0, MAX_RETRY_TOKEN_LENGTH - PREFIX.length)}`;
}
