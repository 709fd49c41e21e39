import { OciError } from "oci-common";
import { type ProviderError, TransientError, errorForStatus } from "../errors.ts";

/** The SDK's retrier throws transport failures as plain `{ code, message }` objects, not Errors. */
function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null && "message" in error) return String(error.message);
  return String(error);
}

/** Turns whatever an SDK call threw into one of our typed errors. */
export function fromOciError(operation: string, error: unknown): ProviderError {
  if (error instanceof OciError || (typeof error === "object" && error !== null && "statusCode" in error)) {
    const e = error as OciError;
    return errorForStatus(
      e.statusCode,
      e.serviceCode ?? "",
      `${operation}: ${e.statusCode} ${e.serviceCode}: ${e.message}`,
      error,
    );
  }
  return new TransientError(`${operation}: ${messageOf(error)}`, 0, "", { cause: error });
}

/** Runs one SDK call, converting its failure to a typed error. */
export async function call<T>(
  operation: string,
  fn: () => Promise<T>,
  observe?: (operation: string, status: number) => void,
): Promise<T> {
  try {
    const result = await fn();
    observe?.(operation, 200);
    return result;
  } catch (error) {
    const typed = fromOciError(operation, error);
    observe?.(operation, typed.status);
    throw typed;
  }
}
