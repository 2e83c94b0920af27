import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ANONYMOUS } from './core/actor';
import { recordAudit } from './core/audit';
import { transaction } from './core/db';
import { DatabaseUnavailableError, isConnectionLoss } from './db/pool-errors';
import { attributesRoutes } from './features/attributes/attributes.routes';
import { auditRoutes } from './features/audit/audit.routes';
import { backlogRoutes } from './features/backlog/backlog.routes';
import { campaignsRoutes } from './features/campaigns/campaigns.routes';
import { renderDocsPage } from './features/docs/docs.page';
import { exceptionsRoutes } from './features/exceptions/exceptions.routes';
import { firewallRoutes } from './features/firewall/firewall.routes';
import { overridesRoutes } from './features/firewall/overrides.routes';
import { glossaryRoutes } from './features/glossary/glossary.routes';
import { lintRoutes } from './features/glossary/lint.routes';
import { healthRoutes } from './features/health/health.routes';
import { checklistRoutes } from './features/instruments/checklist.routes';
import { diagnosticsRoutes } from './features/instruments/diagnostics.routes';
import { metricsRoutes } from './features/metrics/metrics.routes';
import { outcomesRoutes } from './features/outcomes/outcomes.routes';
import { decisionsRoutes } from './features/proposals/decisions.routes';
import { pilotsRoutes } from './features/proposals/pilots.routes';
import { proposalsRoutes } from './features/proposals/proposals.routes';
import { reviewsRoutes } from './features/reviews/reviews.routes';
import { segmentHealthRoutes } from './features/segment-health/segment-health.routes';
import { contactsRoutes } from './features/segments/contacts.routes';
import { segmentsRoutes } from './features/segments/segments.routes';
import { sendsRoutes } from './features/sends/sends.routes';
import { sessionRoutes } from './features/session/session.routes';
import { settingsRoutes } from './features/settings/settings.routes';
import { tokensRoutes } from './features/tokens/tokens.routes';
import { userChangesRoutes } from './features/users/user-changes.routes';
import { usersRoutes } from './features/users/users.routes';
import { violationsRoutes } from './features/violations/violations.routes';
import { webhooksRoutes } from './features/webhooks/webhooks.routes';
import { workflowViewsRoutes } from './features/workflows/workflow-views.routes';
import { workflowsRoutes } from './features/workflows/workflows.routes';
import { limitedBody } from './http/body-limit';
import { compressReads } from './http/compress-reads';
import type { AppEnv, Deps } from './http/env';
import { noStore, originCheck, requestId, resolveActor, securityHeaders, withDeps } from './http/middleware';
import { router } from './http/router';
import { type Clock, systemClock } from './lib/clock';
import { describeError } from './lib/describe-error';
import { AppError, pgErrorOf, RecordedRefusalError } from './lib/errors';
import { passwordHasher } from './lib/passwords';

export type AppOptions = Omit<Deps, 'clock' | 'sessionTtlHours' | 'version'> & {
  clock?: Clock;
  sessionTtlHours?: number;
  version?: string;
};

const MAX_BODY = 10 * 1024 * 1024;
const IMPORT_PATH = '/api/contacts/import';

/** The whole HTTP app for one database and clock; no globals, so tests build as many as they like. */
export function createApp(options: AppOptions) {
  const deps: Deps = { clock: systemClock, sessionTtlHours: 12, version: '0.1.0', ...options };
  // Every audit entry the app writes, refusals in onError too, is keyed through its context.
  const edge = {
    audit: { key: deps.audit?.key ?? null, onAppend: deps.audit?.onAppend },
    passwords: passwordHasher(deps.scrypt),
    hashes: deps.hashes,
  };
  const api = router();
  const bodyLimit = limitedBody(MAX_BODY);
  // The contacts import streams its body and counts it against its own, larger limit.
  const limitBody: MiddlewareHandler<AppEnv> = (c, next) =>
    c.req.method === 'POST' && c.req.path === IMPORT_PATH ? next() : bodyLimit(c, next);
  api.use('*', withDeps(deps, edge), noStore, limitBody, resolveActor, originCheck);
  const routes = api
    .route('/', healthRoutes)
    .route('/', sessionRoutes)
    .route('/', usersRoutes)
    .route('/', userChangesRoutes)
    .route('/', tokensRoutes)
    .route('/', webhooksRoutes)
    .route('/', auditRoutes)
    .route('/', segmentsRoutes)
    .route('/', segmentHealthRoutes)
    .route('/', contactsRoutes)
    .route('/', proposalsRoutes)
    .route('/', decisionsRoutes)
    .route('/', pilotsRoutes)
    .route('/', firewallRoutes)
    .route('/', overridesRoutes)
    .route('/', settingsRoutes)
    .route('/', sendsRoutes)
    .route('/', outcomesRoutes)
    .route('/', violationsRoutes)
    .route('/', metricsRoutes)
    .route('/', campaignsRoutes)
    .route('/', exceptionsRoutes)
    .route('/', glossaryRoutes)
    .route('/', lintRoutes)
    .route('/', reviewsRoutes)
    .route('/', workflowViewsRoutes)
    .route('/', workflowsRoutes)
    .route('/', attributesRoutes)
    .route('/', checklistRoutes)
    .route('/', diagnosticsRoutes)
    .route('/', backlogRoutes);

  const openApiConfig = {
    openapi: '3.1.0',
    info: { title: 'Charter', version: deps.version, description: 'Segmentation governance console API' },
    // Paths are relative to /api, where the app mounts them; a generated client resolves them against this.
    servers: [{ url: '/api' }],
  };
  routes.doc31('/openapi.json', openApiConfig);
  routes.get('/docs', (c) => c.html(renderDocsPage(routes.getOpenAPI31Document(openApiConfig) as never)));
  routes.notFound((c) =>
    c.json({ code: 'not_found', message: `No API route for ${c.req.method} ${c.req.path}.` }, 404),
  );

  const app = new OpenAPIHono<AppEnv>();
  app.use('*', requestId, securityHeaders);
  // Reads only: no write, and so not the firewall's check, passes through it.
  app.on('GET', '/api/*', compressReads);
  app.route('/api', routes);
  const warnUnavailable = unavailableWarner();
  app.onError((err, c) => handleError(err, c, warnUnavailable));
  app.notFound((c) => c.json({ code: 'not_found', message: `Nothing at ${c.req.method} ${c.req.path}.` }, 404));
  return app;
}

export type App = ReturnType<typeof createApp>;

async function handleError(err: Error, c: Context<AppEnv>, warnUnavailable: (c: Context<AppEnv>, err: Error) => void) {
  let known = toAppError(err);
  // A refusal that cannot be recorded for want of a database is answered as the outage it is.
  if (known?.status === 403 && !(known instanceof RecordedRefusalError) && !(await recordRefusal(c, known))) {
    known = new DatabaseUnavailableError();
  }
  if (known) {
    if (known instanceof DatabaseUnavailableError) warnUnavailable(c, err);
    const { retryAfterSeconds } = known as { retryAfterSeconds?: number };
    if (retryAfterSeconds) c.header('Retry-After', String(retryAfterSeconds));
    return c.json(
      { code: known.code, message: known.message, ...(known.issues ? { issues: known.issues } : {}) },
      known.status,
    );
  }
  const id = c.get('requestId');
  console.error(`[${id}] ${c.req.method} ${c.req.path}: ${describeError(err, { stack: true })}`);
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
  if (isConnectionLoss(err)) return new DatabaseUnavailableError();
  // Constraints the database enforces as a last line: report them as conflicts, not crashes.
  const pgErr = pgErrorOf(err);
  if (pgErr?.code === '23514' && pgErr.constraint === 'users_separation_of_duties') {
    return new AppError(409, 'separation_of_duties', 'A marketer cannot also hold owner, operations or admin.');
  }
  // Text the database cannot hold (a NUL byte, say) that a field's schema let through.
  if (pgErr?.code === '22021' || pgErr?.code === '22P05') {
    return new AppError(
      422,
      'invalid_text',
      'Some text in the request contains a NUL character, which cannot be stored.',
    );
  }
  if (pgErr?.code === '23505')
    return new AppError(409, 'conflict', 'This conflicts with a change made at the same moment. Reload and try again.');
  return null;
}

/**
 * Every refused attempt is recorded: who, what, and why it was refused. False when the database
 * could not be reached to record it.
 */
async function recordRefusal(c: Context<AppEnv>, err: AppError): Promise<boolean> {
  try {
    await transaction(c.get('db'), (tx) =>
      recordAudit(tx, c.get('actor') ?? ANONYMOUS, {
        action: 'access.refused',
        target: { type: 'route', id: routeOf(c) },
        after: { code: err.code, message: err.message },
      }),
    );
  } catch (auditErr) {
    if (isConnectionLoss(auditErr)) return false;
    console.error(`could not record a refused attempt: ${describeError(auditErr)}`);
  }
  return true;
}

/**
 * The refused route as the audit entry names it. A path can be as long as the request line allows
 * (a 1 MB id, say), but an entry of the audit log's target index holds at most about 2.7 kB: a
 * longer path is cut, and the entry still records the refusal.
 */
const MAX_ROUTE_CHARS = 500;
function routeOf(c: Context<AppEnv>): string {
  const route = `${c.req.method} ${c.req.path}`;
  return route.length > MAX_ROUTE_CHARS ? `${route.slice(0, MAX_ROUTE_CHARS)}…` : route;
}

// A lost database answers many requests with 503 at once: say so once every few seconds.
function unavailableWarner(everyMs = 5_000) {
  let last = 0;
  return (c: Context<AppEnv>, err: Error) => {
    const now = Date.now();
    if (now - last < everyMs) return;
    last = now;
    console.warn(
      `[${c.get('requestId')}] ${c.req.method} ${c.req.path}: database unavailable, answered 503: ${describeError(err)}`,
    );
  };
}
