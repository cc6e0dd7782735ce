import type { ErrorRequestHandler } from 'express';

interface HttpError extends Error {
  status?: number;
  type?: string;
  limit?: number;
}

/**
 * The last error handler: whatever went wrong reading a request (malformed JSON, an oversized or
 * wrongly encoded body) answers in the GraphQL error shape with its status, and anything else is a
 * logged 500 — never Express's HTML page with a stack trace.
 */
export const httpErrors: ErrorRequestHandler = (error: HttpError, req, res, next) => {
  if (res.headersSent) return next(error);
  const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
  if (status === 500) req.log.error({ err: error }, 'request failed');
  const message =
    error.type === 'entity.parse.failed'
      ? `the body is not valid JSON: ${error.message}`
      : error.type === 'entity.too.large'
        ? `the body is larger than the limit of ${error.limit} bytes`
        : status === 500
          ? 'internal error'
          : error.message;
  const extensions: Record<string, unknown> = { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' };
  if (error.type === 'entity.too.large') Object.assign(extensions, { limit: 'REQUEST_BODY_BYTES', maximum: error.limit });
  res.status(status).json({ errors: [{ message, extensions }] });
};
