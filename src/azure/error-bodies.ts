// Every ARM or Monitor error as one message with the status code, the resource and the
// server's own text. The App Service provider also answers errors with a PascalCase body
// ({"Code","Message"}) and some with no body at all, which the SDKs turn into a TypeError with
// no status ("Cannot read properties of undefined (reading 'error')"): this policy reads the
// body first and throws a RestError the adapters can explain.
import { RestError, type PipelinePolicy } from "@azure/core-rest-pipeline";

interface ErrorBody {
  error?: { code?: unknown; message?: unknown };
  Code?: unknown;
  Message?: unknown;
  code?: unknown;
  message?: unknown;
}

export function armErrorBodies(): PipelinePolicy {
  return {
    name: "gunicornTunerErrorBodies",
    async sendRequest(request, next) {
      const response = await next(request);
      if (response.status < 400) return response;
      const { code, message } = readBody(response.bodyAsText);
      const resource = new URL(request.url).pathname;
      throw new RestError(
        `${message ?? "(the answer had no body)"} [${request.method} ${resource}]`,
        { statusCode: response.status, request, response, ...(code ? { code } : {}) },
      );
    },
  };
}

function readBody(text: string | null | undefined): { code?: string; message?: string } {
  if (!text?.trim()) return {};
  let body: ErrorBody;
  try {
    body = JSON.parse(text) as ErrorBody;
  } catch {
    return { message: text.trim().slice(0, 500) };
  }
  const str = (x: unknown) => (typeof x === "string" && x.trim() ? x.trim() : undefined);
  return {
    code: str(body.error?.code) ?? str(body.Code) ?? str(body.code),
    message: str(body.error?.message) ?? str(body.Message) ?? str(body.message),
  };
}
