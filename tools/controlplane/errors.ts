/** A setup problem the user can fix (a busy port, a missing tool): printed as one line. */
export class HarnessError extends Error {
  override name = "HarnessError";
}
