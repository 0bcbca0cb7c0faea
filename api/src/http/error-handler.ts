import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ApiErrorBody } from '@stellarstack/contracts';
import { HttpError, badRequest } from './errors';
import { asUnavailable } from './unavailable';

/** body-parser marks its own errors with `type` and an HTTP status. */
interface BodyParserError {
  type: string;
  status: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return typeof error === 'object' && error !== null && 'type' in error && 'status' in error;
}

export const notFoundHandler: RequestHandler = (req, res) => {
  res.status(404).json({ error: { code: 'not_found', message: `No route for ${req.method} ${req.path}.` } } satisfies ApiErrorBody);
};

/** The last middleware: known errors become their JSON body; anything else is logged here and hidden from the client. */
export const errorHandler: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
  if (error instanceof HttpError) {
    res.status(error.status).json(error.toBody());
    return;
  }
  if (isBodyParserError(error) && error.type === 'entity.parse.failed') {
    res.status(400).json(badRequest('The request body is not valid JSON.').toBody());
    return;
  }
  if (isBodyParserError(error) && error.type === 'entity.too.large') {
    res.status(413).json({ error: { code: 'payload_too_large', message: 'The request body is too large.' } } satisfies ApiErrorBody);
    return;
  }
  const unavailable = asUnavailable(error);
  if (unavailable) {
    console.error(`${unavailable.message} (${error instanceof Error ? error.message : String(error)})`);
    res.status(unavailable.status).json(unavailable.toBody());
    return;
  }
  console.error('Unexpected error while handling a request:', error);
  res.status(500).json({ error: { code: 'internal', message: 'Something went wrong on the server; see the API log.' } } satisfies ApiErrorBody);
};
