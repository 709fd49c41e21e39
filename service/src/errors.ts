/**
 * Typed errors shared by the Kubernetes and OCI sides. Retry decisions are made by
 * class (see `retryDecision`), never by parsing messages.
 */

/** Base class: `code` is the remote service's own error code where it gave one. */
export class ProviderError extends Error {
  override name = "ProviderError";
  readonly status: number;
  readonly code: string;
  constructor(message: string, status = 0, code = "", options?: ErrorOptions) {
    super(message, options);
    this.status = status;
    this.code = code;
  }
}

/** The object is gone (404), or OCI's NotAuthorizedOrNotFound. Deletes treat it as success. */
export class NotFoundError extends ProviderError {
  override name = "NotFoundError";
}
/** A precondition or version conflict (409/412): re-read and try again. */
export class ConflictError extends ProviderError {
  override name = "ConflictError";
}
/** A watch or list resource version is too old (410): relist. */
export class ExpiredError extends ProviderError {
  override name = "ExpiredError";
}
/** Rate limited by the remote service (429). */
export class ThrottledError extends ProviderError {
  override name = "ThrottledError";
}
/** Server-side or network failure (5xx, reset, timeout): retry with backoff. */
export class TransientError extends ProviderError {
  override name = "TransientError";
}
/** Out of capacity or over a service limit: retry slowly, the condition lasts. */
export class CapacityError extends ProviderError {
  override name = "CapacityError";
}
/** The request itself is wrong (400, 401, 403, 422): retrying the same request cannot help. */
export class PermanentError extends ProviderError {
  override name = "PermanentError";
}

export type RetryDecision = "retry" | "retry-slowly" | "give-up";

export function retryDecision(error: unknown): RetryDecision {
  if (error instanceof PermanentError) return "give-up";
  if (error instanceof CapacityError) return "retry-slowly";
  // Everything else, including unknown errors (a bug, a dropped connection), is retried
  // with per-item backoff so one bad pod cannot stop the others.
  return "retry";
}

/** Maps an HTTP status (and the service's error code) to the matching class. */
export function errorForStatus(
  status: number,
  code: string,
  message: string,
  cause?: unknown,
): ProviderError {
  const options = cause === undefined ? undefined : { cause };
  if (status === 404) return new NotFoundError(message, status, code, options);
  if (status === 409 && code === "IncorrectState") return new TransientError(message, status, code, options);
  if (status === 409 || status === 412) return new ConflictError(message, status, code, options);
  if (status === 410) return new ExpiredError(message, status, code, options);
  if (status === 429) return new ThrottledError(message, status, code, options);
  if (code === "LimitExceeded" || code === "OutOfCapacity" || code === "OutOfHostCapacity") {
    return new CapacityError(message, status, code, options);
  }
  if (status >= 500 || status <= 0) return new TransientError(message, status, code, options);
  return new PermanentError(message, status, code, options);
}
