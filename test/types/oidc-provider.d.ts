// The part of oidc-provider's API the test peer uses; the package ships no type declarations.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export type AccountClaims = { sub: string } & Record<string, unknown>;

  export type Account = {
    accountId: string;
    claims: (use: string, scope: string) => AccountClaims | Promise<AccountClaims>;
  };

  export type ClientMetadata = {
    client_id: string;
    client_secret?: string;
    redirect_uris: string[];
    grant_types?: string[];
    response_types?: string[];
    token_endpoint_auth_method?: 'client_secret_basic' | 'client_secret_post' | 'none';
  };

  /** The bit of Koa's context the error page writes to. */
  export type ErrorPageContext = { type: string; body: unknown; status: number };

  export type Configuration = {
    clients?: ClientMetadata[];
    findAccount?: (ctx: unknown, id: string) => Promise<Account | undefined>;
    claims?: Record<string, string[]>;
    conformIdTokenClaims?: boolean;
    cookies?: { keys: string[] };
    jwks?: { keys: JsonWebKey[] };
    features?: { devInteractions?: { enabled: boolean } };
    pkce?: { required: () => boolean };
    ttl?: Partial<
      Record<'AccessToken' | 'AuthorizationCode' | 'IdToken' | 'Interaction' | 'Session' | 'Grant', number>
    >;
    renderError?: (ctx: ErrorPageContext, out: Record<string, string>, error: Error) => Promise<void>;
  };

  export class Provider {
    constructor(issuer: string, configuration?: Configuration);
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    on(event: 'server_error', listener: (ctx: unknown, error: Error) => void): this;
  }

  export default Provider;
}
