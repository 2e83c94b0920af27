import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { auditRoutes } from './features/audit/audit.routes';
import { recordAudit } from './features/audit/audit.service';
import { campaignsRoutes } from './features/campaigns/campaigns.routes';
import { renderDocsPage } from './features/docs/docs.page';
import { exceptionsRoutes } from './features/exceptions/exceptions.routes';
import { firewallRoutes } from './features/firewall/firewall.routes';
import { overridesRoutes } from './features/firewall/overrides.routes';
import { glossaryRoutes } from './features/glossary/glossary.routes';
import { lintRoutes } from './features/glossary/lint.routes';
import { healthRoutes } from './features/health/health.routes';
import { metricsRoutes } from './features/metrics/metrics.routes';
import { decisionsRoutes } from './features/proposals/decisions.routes';
import { proposalsRoutes } from './features/proposals/proposals.routes';
import { reviewsRoutes } from './features/reviews/reviews.routes';
import { contactsRoutes } from './features/segments/contacts.routes';
import { segmentsRoutes } from './features/segments/segments.routes';
import { sendsRoutes } from './features/sends/sends.routes';
import { sessionRoutes } from './features/session/session.routes';
import { tokensRoutes } from './features/tokens/tokens.routes';
import { usersRoutes } from './features/users/users.routes';
import { violationsRoutes } from './features/violations/violations.routes';
import { actorOf } from './http/actor';
import type { AppEnv, Deps } from './http/env';
import { noStore, originCheck, requestId, resolvePrincipal, securityHeaders, withDeps } from './http/middleware';
import { limitedBody } from './http/node-body';
import { router } from './http/router';
import { type Clock, systemClock } from './lib/clock';
import { AppError, RecordedRefusalError } from './lib/errors';

export type AppOptions = Omit<Deps, 'clock' | 'sessionTtlHours' | 'version'> & {
  clock?: Clock;
  sessionTtlHours?: number;
  version?: string;
};

const MAX_BODY = 10 * 1024 * 1024;

/** The whole HTTP app for one database and clock; no globals, so tests build as many as they like. */
export function createApp(options: AppOptions) {
  const deps: Deps = { clock: systemClock, sessionTtlHours: 12, version: '0.1.0', ...options };
  const api = router();
  api.use('*', withDeps(deps), noStore, limitedBody(MAX_BODY), resolvePrincipal, originCheck);
  const routes = api
    .route('/', healthRoutes)
    .route('/', sessionRoutes)
    .route('/', usersRoutes)
    .route('/', tokensRoutes)
    .route('/', auditRoutes)
    .route('/', segmentsRoutes)
    .route('/', contactsRoutes)
    .route('/', proposalsRoutes)
    .route('/', decisionsRoutes)
    .route('/', firewallRoutes)
    .route('/', overridesRoutes)
    .route('/', sendsRoutes)
    .route('/', violationsRoutes)
    .route('/', metricsRoutes)
    .route('/', campaignsRoutes)
    .route('/', exceptionsRoutes)
    .route('/', glossaryRoutes)
    .route('/', lintRoutes)
    .route('/', reviewsRoutes);

  const openApiConfig = {
    openapi: '3.1.0',
    info: { title: 'Charter', version: deps.version, description: 'Segmentation governance console API' },
  };
  routes.doc31('/openapi.json', openApiConfig);
  routes.get('/docs', (c) => c.html(renderDocsPage(routes.getOpenAPI31Document(openApiConfig) as never)));
  routes.notFound((c) =>
    c.json({ code: 'not_found', message: `No API route for ${c.req.method} ${c.req.path}.` }, 404),
  );

  const app = new OpenAPIHono<AppEnv>();
  app.use('*', requestId, securityHeaders);
  app.route('/api', routes);
  app.onError((err, c) => handleError(err, c, deps));
  app.notFound((c) => c.json({ code: 'not_found', message: `Nothing at ${c.req.method} ${c.req.path}.` }, 404));
  return app;
}

export type App = ReturnType<typeof createApp>;

async function handleError(err: Error, c: Context<AppEnv>, deps: Deps) {
  const known = toAppError(err);
  if (known) {
    if (known.status === 403 && !(known instanceof RecordedRefusalError)) await recordRefusal(c, deps, known);
    return c.json(
      { code: known.code, message: known.message, ...(known.issues ? { issues: known.issues } : {}) },
      known.status,
    );
  }
  const id = c.get('requestId');
  console.error(`[${id}] ${c.req.method} ${c.req.path}:`, err);
  return c.json({ code: 'internal', message: `Something went wrong on our side (request ${id}).` }, 500);
}

function toAppError(err: Error): AppError | null {
  if (err instanceof AppError) return err;
  if (err instanceof HTTPException) {
    const status = err.status === 413 ? 413 : 400;
    return new AppError(
      status,
      status === 413 ? 'payload_too_large' : 'bad_request',
      err.message || 'Malformed request.',
    );
  }
  // Constraints the database enforces as a last line: report them as conflicts, not crashes.
  const pgErr =
    (err as { cause?: { code?: string; constraint?: string } }).cause ??
    (err as { code?: string; constraint?: string });
  if (pgErr?.code === '23514' && pgErr.constraint === 'users_separation_of_duties') {
    return new AppError(409, 'separation_of_duties', 'A marketer cannot also hold owner or operations.');
  }
  if (pgErr?.code === '23505')
    return new AppError(409, 'conflict', 'This conflicts with a change made at the same moment. Reload and try again.');
  return null;
}

/** Every refused attempt is recorded: who, what, and why it was refused. */
async function recordRefusal(c: Context<AppEnv>, deps: Deps, err: AppError) {
  const principal = c.get('principal') ?? null;
  try {
    await deps.db.transaction((tx) =>
      recordAudit(tx, deps.clock, actorOf(principal), {
        action: 'access.refused',
        target: { type: 'route', id: `${c.req.method} ${c.req.path}` },
        after: { code: err.code, message: err.message },
      }),
    );
  } catch (auditErr) {
    console.error('could not record a refused attempt', auditErr);
  }
}
