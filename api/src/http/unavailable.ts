import { ServiceError, isGrpcServiceError } from '@temporalio/client';
import { ConnectionError } from 'sequelize';
import { HttpError } from './errors';

// gRPC status codes UNAVAILABLE and DEADLINE_EXCEEDED (numbers fixed by the gRPC spec).
const UNREACHABLE_CODES: readonly number[] = [14, 4];

function temporalUnreachable(error: unknown): boolean {
  const grpcError = error instanceof ServiceError ? error.cause : error;
  return isGrpcServiceError(grpcError) && UNREACHABLE_CODES.includes(grpcError.code);
}

/** A dependency that is down is a 503 the operator can act on, not an internal error. */
export function asUnavailable(error: unknown): HttpError | undefined {
  if (temporalUnreachable(error)) {
    return new HttpError(503, 'temporal_unavailable', 'Temporal is not answering; check that it is running, then retry.');
  }
  if (error instanceof ConnectionError) {
    return new HttpError(503, 'database_unavailable', 'PostgreSQL is not answering; check that it is running, then retry.');
  }
  return undefined;
}
