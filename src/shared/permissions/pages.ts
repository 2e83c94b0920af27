import type { Permission } from '#domain/permissions';

/**
 * Every page of the app with who may open it, declared once (docs/architecture.md, "Where a new
 * page goes"): the router guards each route with it and the navigation lists the labelled pages,
 * in this order. The server checks every call again; this only explains a refusal before it comes.
 */
export type Page = {
  /** The route path as the router matches it. */
  path: string;
  /** The page's name in the navigation; pages without one are reached from other pages. */
  label?: string;
  /** Any one of these lets a role open the page; without it every signed-in user may. */
  anyOf?: readonly Permission[];
};

export const PAGES = [
  { path: '/', label: 'Home' },
  { path: '/segments', label: 'Segments', anyOf: ['segments.read'] },
  { path: '/segments/import', anyOf: ['contacts.write'] },
  { path: '/segments/:key', anyOf: ['segments.read'] },
  { path: '/proposals', label: 'Proposals', anyOf: ['proposals.read'] },
  { path: '/proposals/:id', anyOf: ['proposals.read'] },
  { path: '/exceptions', label: 'Exceptions', anyOf: ['exceptions.read'] },
  { path: '/exceptions/new', anyOf: ['exceptions.file'] },
  { path: '/exceptions/:id', anyOf: ['exceptions.read'] },
  { path: '/backlog', label: 'Backlog', anyOf: ['backlog.read'] },
  { path: '/review', label: 'Monthly review', anyOf: ['reviews.read'] },
  { path: '/review/:month', anyOf: ['reviews.read'] },
  { path: '/checklist', label: 'Checklist', anyOf: ['checklist.read'] },
  { path: '/diagnostic', anyOf: ['diagnostics.read'] },
  { path: '/diagnostic/:id', anyOf: ['diagnostics.read'] },
  { path: '/glossary', label: 'Glossary', anyOf: ['glossary.read'] },
  { path: '/attributes', label: 'Dictionary', anyOf: ['attributes.read'] },
  { path: '/campaigns', label: 'Campaigns', anyOf: ['campaigns.read'] },
  { path: '/campaigns/:id', anyOf: ['campaigns.read'] },
  { path: '/workflows', label: 'Workflows', anyOf: ['workflows.read'] },
  { path: '/workflows/matrix', anyOf: ['workflows.read'] },
  { path: '/workflows/gaps', anyOf: ['workflows.read'] },
  { path: '/workflows/journey', anyOf: ['workflows.read'] },
  { path: '/workflows/import', anyOf: ['workflows.write'] },
  { path: '/workflows/:id', anyOf: ['workflows.read'] },
  // Everyone may look: for someone in their first weeks this is where sending starts.
  { path: '/learning' },
  { path: '/firewall', label: 'Firewall', anyOf: ['firewall.read'] },
  // Everyone may read a setting proposal, as the API allows; the server says who may decide it.
  { path: '/firewall/settings/proposals/:id', anyOf: ['workspace.read'] },
  { path: '/people', label: 'People', anyOf: ['users.manage', 'tokens.manage', 'users.confirm'] },
  { path: '/webhooks', label: 'Webhooks', anyOf: ['webhooks.manage'] },
  { path: '/audit', label: 'Audit', anyOf: ['audit.read'] },
] as const satisfies readonly Page[];

export type PagePath = (typeof PAGES)[number]['path'];
