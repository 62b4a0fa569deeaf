/**
 * The LSP lifecycle, enforced where every incoming message passes: the
 * connection's `messageStrategy` (vscode-jsonrpc's hook in front of the
 * dispatch). vscode-languageserver itself serves any request at any time;
 * it only chooses the exit code (0 after `shutdown`, 1 without).
 * - Before `initialize`: requests are answered `ServerNotInitialized`
 *   (-32002), notifications other than `exit` are dropped.
 * - A second `initialize`: `InvalidRequest` (-32600).
 * - After `shutdown`: requests are answered `InvalidRequest`, notifications
 *   other than `exit` are dropped.
 * Responses (to the server's own requests) always pass.
 * Must not depend on vscode or on the language core.
 */
import {
  ErrorCodes,
  ExitNotification,
  InitializeRequest,
  Message,
  ResponseError,
  ShutdownRequest,
  type Connection,
  type MessageStrategy,
  type RequestMessage,
} from 'vscode-languageserver';

/**
 * A refused request is dispatched as this method, so that the library
 * answers it (with its id) from the handler below. A client calling it
 * directly gets `MethodNotFound`, as for any method the server lacks.
 */
const REFUSED = '$/airoadmap/refused';

type Refusal = 'not-initialized' | 'initialized-twice' | 'shut-down';

const REFUSALS: Record<Refusal, { code: number; message: string }> = {
  'not-initialized': { code: ErrorCodes.ServerNotInitialized, message: 'the server is not initialized yet: send initialize first' },
  'initialized-twice': { code: ErrorCodes.InvalidRequest, message: 'initialize may be sent only once' },
  'shut-down': { code: ErrorCodes.InvalidRequest, message: 'the server is shut down: only exit is accepted' },
};

function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(REFUSALS, value);
}

export class Lifecycle {
  private state: 'new' | 'running' | 'shut-down' = 'new';

  readonly messageStrategy: MessageStrategy = {
    handleMessage: (message, next) => {
      if (Message.isRequest(message)) {
        const refusal = this.admit(message.method);
        if (refusal !== undefined) {
          const refused: RequestMessage = { jsonrpc: message.jsonrpc, id: message.id, method: REFUSED, params: { refusal, method: message.method } };
          return next(refused);
        }
        // A client's own call of that method carries no refusal: it is not found.
        if (message.method === REFUSED) {
          const bare: RequestMessage = { jsonrpc: message.jsonrpc, id: message.id, method: REFUSED };
          return next(bare);
        }
        return next(message);
      }
      if (Message.isNotification(message)) {
        if (this.state === 'running' || message.method === ExitNotification.method) return next(message);
        return undefined;
      }
      return next(message);
    },
  };

  /** Registers the handler that answers refused requests. */
  register(connection: Connection): void {
    connection.onRequest(REFUSED, (params: unknown) => {
      const refusal = typeof params === 'object' && params !== null ? (params as { refusal?: unknown }).refusal : undefined;
      const method = typeof params === 'object' && params !== null ? (params as { method?: unknown }).method : undefined;
      if (!isRefusal(refusal) || typeof method !== 'string') return new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${REFUSED}`);
      const { code, message } = REFUSALS[refusal];
      return new ResponseError(code, `${method}: ${message}`);
    });
  }

  /** Moves the state on for a request about to be dispatched; why it is refused, if it is. */
  private admit(method: string): Refusal | undefined {
    switch (this.state) {
      case 'new':
        if (method !== InitializeRequest.method) return 'not-initialized';
        this.state = 'running';
        return undefined;
      case 'running':
        if (method === InitializeRequest.method) return 'initialized-twice';
        if (method === ShutdownRequest.method) this.state = 'shut-down';
        return undefined;
      case 'shut-down':
        return 'shut-down';
    }
  }
}
