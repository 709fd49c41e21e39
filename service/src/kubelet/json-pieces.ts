/**
 * Large JSON bodies in pieces (issue 18). At 10,000 pods `/pods` is ~25 MB and `/stats/summary`
 * ~6 MB of JSON; one `JSON.stringify` of either held the event loop for 150-300 ms on a loaded
 * machine, and the pod controllers share that loop. Written a piece at a time with back-pressure
 * (Responder.stream), each turn of the loop only serializes about `pieceChars` of it.
 */

/** About 128 KiB of text per piece: under a few ms of JSON.stringify, a few hundred writes for /pods. */
export const PIECE_CHARS = 128 * 1024;

/**
 * `JSON.stringify({ ...head, [key]: [...items].map(toJson) })`, the same text, as a lazy sequence
 * of pieces of at least `pieceChars` characters (the last one may be shorter). The items are
 * serialized one by one while the sequence is read, so no whole-body string exists at any time.
 * @throws Error when `head` already has `key` (the array must be the last property)
 */
export function* jsonPieces<T>(
  head: Readonly<Record<string, unknown>>,
  key: string,
  items: Iterable<T>,
  toJson: (item: T) => unknown = (item) => item,
  pieceChars = PIECE_CHARS,
): Generator<string, void, undefined> {
  if (Object.hasOwn(head, key)) throw new Error(`jsonPieces: head already has ${JSON.stringify(key)}`);
  const empty = JSON.stringify({ ...head, [key]: [] });
  let piece = empty.slice(0, -2); // everything up to and including the array's "["
  let first = true;
  for (const item of items) {
    // As inside an array, a value JSON has no text for (undefined, a function) is written as null.
    const text = (JSON.stringify(toJson(item)) as string | undefined) ?? "null";
    piece += first ? text : `,${text}`;
    first = false;
    if (piece.length >= pieceChars) {
      yield piece;
      piece = "";
    }
  }
  yield `${piece}]}`;
}
