import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import Provider, { type AccountClaims } from 'oidc-provider';

/** A person known to the test provider; `sub` is also the login name typed into its sign-in form. */
export type OidcAccount = {
  sub: string;
  email?: string;
  /** Released as `email_verified` only when set, so a test can also leave the claim out. */
  emailVerified?: boolean;
  name?: string;
};

export type OidcProviderHandle = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close: () => Promise<void>;
};

function claimsOf(account: OidcAccount): AccountClaims {
  const claims: AccountClaims = { sub: account.sub };
  if (account.email !== undefined) claims['email'] = account.email;
  if (account.emailVerified !== undefined) claims['email_verified'] = account.emailVerified;
  if (account.name !== undefined) claims['name'] = account.name;
  return claims;
}

/**
 * Starts a real OpenID Connect provider on 127.0.0.1 with one confidential client (code flow,
 * PKCE S256) and its built-in login and consent pages, as a local stand-in for an e-ID broker.
 * Any login name is accepted and becomes the `sub`: a listed account's claims are released, any
 * other name is an account without e-mail address or name. Accounts are looked up at each
 * sign-in, so a test may change their claims between sign-ins.
 */
export async function startOidcProvider(options: {
  redirectUri: string | string[];
  accounts: OidcAccount[];
}): Promise<OidcProviderHandle> {
  // The provider needs its issuer (with the port) before it can handle requests.
  const target: { handle?: (req: IncomingMessage, res: ServerResponse) => void } = {};
  const server = createServer((req, res) => {
    if (target.handle) return target.handle(req, res);
    res.statusCode = 503;
    res.end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the provider has no TCP address');
  const { port } = address;
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = 'samspel-test';
  const clientSecret = randomBytes(24).toString('base64url');

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signingKey: JsonWebKey & { kid: string; use: string; alg: string } = {
    ...privateKey.export({ format: 'jwk' }),
    kid: 'test-signing-key',
    use: 'sig',
    alg: 'RS256',
  };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: Array.isArray(options.redirectUri) ? options.redirectUri : [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        // openid-client sends a client secret in the body unless told otherwise.
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    async findAccount(_ctx, id) {
      const account = options.accounts.find((a) => a.sub === id) ?? { sub: id };
      return { accountId: id, claims: () => claimsOf(account) };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // The standard behaviour: with the code flow, profile and e-mail claims come from userinfo.
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    cookies: { keys: [randomBytes(24).toString('base64url')] },
    jwks: { keys: [signingKey] },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 600,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
    },
    async renderError(ctx, out) {
      ctx.type = 'text/plain';
      ctx.body = Object.entries(out)
        .map(([key, value]) => `${key}: ${value}`)
        .join('\n');
    },
  });
  target.handle = provider.callback();

  return {
    issuer,
    clientId,
    clientSecret,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

type StoredCookie = { host: string; path: string; name: string; value: string };

/**
 * Cookies as a browser keeps them for plain-HTTP test servers: per host (any port) and path.
 * Requests go out with `redirect: 'manual'`, so every hop is visible to the test.
 */
export class CookieJar {
  private readonly cookies = new Map<string, StoredCookie>();

  async fetch(url: string | URL, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url);
    const headers = new Headers(init.headers);
    const cookie = this.headerFor(target);
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(target, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) this.store(target, line);
    return response;
  }

  /** The value of a cookie sent to `url`, if any. */
  get(url: string | URL, name: string): string | undefined {
    const target = new URL(url);
    return [...this.cookies.values()].find((c) => c.name === name && this.matches(c, target))?.value;
  }

  private headerFor(url: URL): string {
    return [...this.cookies.values()]
      .filter((c) => this.matches(c, url))
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  }

  private matches(cookie: StoredCookie, url: URL): boolean {
    if (cookie.host !== url.hostname) return false;
    const path = url.pathname;
    return (
      path === cookie.path ||
      (path.startsWith(cookie.path) && (cookie.path.endsWith('/') || path[cookie.path.length] === '/'))
    );
  }

  private store(url: URL, line: string): void {
    const [pair = '', ...attributes] = line.split(';');
    const separator = pair.indexOf('=');
    if (separator < 1) return;
    const name = pair.slice(0, separator).trim();
    const value = pair.slice(separator + 1).trim();
    let path = url.pathname.slice(0, url.pathname.lastIndexOf('/')) || '/';
    let expired = false;
    for (const attribute of attributes) {
      const [key = '', ...rest] = attribute.split('=');
      const attributeValue = rest.join('=').trim();
      switch (key.trim().toLowerCase()) {
        case 'path':
          if (attributeValue.startsWith('/')) path = attributeValue;
          break;
        case 'max-age':
          expired ||= Number(attributeValue) <= 0;
          break;
        case 'expires':
          expired ||= Date.parse(attributeValue) <= Date.now();
          break;
      }
    }
    const key = `${url.hostname}|${path}|${name}`;
    if (expired) this.cookies.delete(key);
    else this.cookies.set(key, { host: url.hostname, path, name, value });
  }
}

const decodeHtml = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/**
 * Goes through the provider's pages as a person would: from the authorization address, follow
 * its redirects, sign in with `login` (any password) and grant consent. Returns the address the
 * provider sends the browser back to (the relying party's callback with code and state)
 * without visiting it.
 */
export async function passProviderPages(
  jar: CookieJar,
  authorizationUrl: string | URL,
  login: string,
): Promise<URL> {
  const origin = new URL(authorizationUrl).origin;
  let response = await jar.fetch(authorizationUrl);
  let at = new URL(authorizationUrl);
  for (let step = 0; step < 20; step++) {
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      const next = new URL(location, at);
      if (next.origin !== origin) return next;
      at = next;
      response = await jar.fetch(next);
      continue;
    }
    const page = await response.text();
    const action = /<form[^>]*\saction="([^"]+)"/.exec(page)?.[1];
    const prompt = /name="prompt" value="([a-z]+)"/.exec(page)?.[1];
    if (response.status !== 200 || !action || (prompt !== 'login' && prompt !== 'consent')) {
      throw new Error(`unexpected provider page ${at.href} (${response.status}):\n${page.slice(0, 500)}`);
    }
    const form: Record<string, string> = prompt === 'login' ? { prompt, login, password: 'any' } : { prompt };
    at = new URL(decodeHtml(action), at);
    response = await jar.fetch(at, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
  }
  throw new Error('the provider kept redirecting');
}
