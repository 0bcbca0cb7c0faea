/** Every API error body: `{error: {code, message, details?}}`. */
export interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    details?: unknown;
  };
}
