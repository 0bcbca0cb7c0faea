import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ApiErrorBody } from '@stellarstack/contracts';
import { HttpError, badRequest } from './errors';
import { asUnavailable } from './unavailable';

/**
 * body-parser (bad JSON, unsupported charset or encoding, too large) and the router (a
 * `%`-escape in the path that does not decode) mark the client's mistakes with a 4xx
 * `status`, the http-errors convention; `type` is body-parser's own.
 */
interface ClientError {
  status: number;
  type?: string;
  message: string;
}

function isClientError(error: unknown): error is ClientError {
  if (typeof error !== 'object' || error === null || !('status' in error) || typeof error.status !== 'number') return false;
  return error.status >= 400 && error.status < 500 && error instanceof Error;
}

function clientErrorBody(error: ClientError): HttpError {
  if (error.type === 'entity.parse.failed') return badRequest('The request body is not valid JSON.');
  if (error.type === 'entity.too.large') return new HttpError(413, 'payload_too_large', 'The request body is too large.');
  return new HttpError(error.status, 'bad_request', `The request could not be read: ${error.message}.`);
}

export const notFoundHandler: RequestHandler = (req, res) => {
  res.status(404).json({ error: { code: 'not_found', message: `No route for ${req.method} ${req.path}.` } } satisfies ApiErrorBody);
};

/** The last middleware: known errors become their JSON body; anything else is logged here and hidden from the client. */
export const errorHandler: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
  const known = error instanceof HttpError ? error : isClientError(error) ? clientErrorBody(error) : asUnavailable(error);
  if (known) {
    if (!(error instanceof HttpError) && known.status >= 500) {
      console.error(`${known.message} (${error instanceof Error ? error.message : String(error)})`);
    }
    res.status(known.status).json(known.toBody());
    return;
  }
  console.error('Unexpected error while handling a request:', error);
  res.status(500).json({ error: { code: 'internal', message: 'Something went wrong on the server; see the API log.' } } satisfies ApiErrorBody);
};
