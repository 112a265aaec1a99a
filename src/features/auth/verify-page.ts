// The page a sign-in link opens. The token rides in the URL fragment, which browsers never send
// to a server, and is used only when the person presses the button: a mail scanner that fetches
// the link — even one that runs scripts — neither consumes it nor gets a session (R26).
// The web application may replace this page; it stays as the no-build fallback.
import type { FastifyInstance } from 'fastify';

const HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in — Tacet</title>
<link rel="stylesheet" href="/auth/verify.css">
<link rel="icon" type="image/svg+xml" href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='7' fill='%232f5d8a'/%3E%3Cpath d='M9 10h14v3h-5.5v12h-3V13H9z' fill='%23fff'/%3E%3C/svg%3E">
</head>
<body>
<main>
  <h1>Sign in to Tacet</h1>
  <p id="status">Press the button to finish signing in on this device.</p>
  <button id="go" type="button">Sign in</button>
</main>
<script src="/auth/verify.js"></script>
</body>
</html>
`;

const JS = `(() => {
  const params = new URLSearchParams(location.hash.slice(1));
  const token = params.get('token');
  // Remove the token from the address bar and history at once.
  history.replaceState(null, '', location.pathname);
  const status = document.getElementById('status');
  const button = document.getElementById('go');
  if (!token) { status.textContent = 'This link is incomplete. Ask for a new one.'; button.hidden = true; return; }
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = 'Signing in…';
    const res = await fetch('/api/auth/magic-link/consume', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }), credentials: 'same-origin',
    });
    const body = await res.json().catch(() => null);
    if (res.ok) {
      // Back to the page asked for before signing in: a path on this origin only.
      const next = body && typeof body.next === 'string' && /^\\/(?:[A-Za-z0-9._~-][A-Za-z0-9._~\\/-]*)?$/.test(body.next) ? body.next : '/';
      location.assign(next);
      return;
    }
    status.textContent = (body && body.error && body.error.message) || 'Sign-in failed. Ask for a new link.';
  });
})();
`;

const CSS = `body{font-family:system-ui,sans-serif;margin:0;display:grid;place-items:center;min-height:100vh;background:#f6f7f9;color:#1d2433}
main{background:#fff;padding:2rem 2.5rem;border-radius:12px;box-shadow:0 1px 4px rgba(0,0,0,.08);max-width:28rem}
button{font-size:1rem;padding:.6rem 1.4rem;border-radius:8px;border:0;background:#2f5d8a;color:#fff;cursor:pointer}
button:focus-visible{outline:3px solid #f2b134;outline-offset:2px}`;

export function verifyPageRoutes(app: FastifyInstance): void {
  app.get('/auth/verify', { schema: { hide: true } }, async (_req, reply) => reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-store').send(HTML));
  app.get('/auth/verify.js', { schema: { hide: true } }, async (_req, reply) => reply.type('text/javascript; charset=utf-8').send(JS));
  app.get('/auth/verify.css', { schema: { hide: true } }, async (_req, reply) => reply.type('text/css; charset=utf-8').send(CSS));
}
