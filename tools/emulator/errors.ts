// OCI error bodies: {"code": "...", "message": "..."} with the HTTP status OCI uses for that code.

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export const notFound = (what = "resource"): ApiError =>
  new ApiError(404, "NotAuthorizedOrNotFound", `Authorization failed or requested ${what} not found.`);

export const invalid = (message: string): ApiError => new ApiError(400, "InvalidParameter", message);

export const missing = (name: string): ApiError =>
  new ApiError(400, "MissingParameter", `Missing required parameter: ${name}`);

export const incorrectState = (message: string): ApiError => new ApiError(409, "IncorrectState", message);

export const notAuthenticated = (reason: string): ApiError =>
  new ApiError(
    401,
    "NotAuthenticated",
    `The required information to complete authentication was not provided or was incorrect. (${reason})`,
  );

export const tooManyRequests = (): ApiError =>
  new ApiError(429, "TooManyRequests", "User-rate limit exceeded.");
