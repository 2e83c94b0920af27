/**
 * The Charter API as TypeScript types, generated from /api/openapi.json by `npm run client:generate`.
 * Do not edit: change the zod schemas and routes, then generate again.
 */

export interface paths {
    "/attributes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The attribute dictionary: accepted attributes criteria may use, and discovered ones waiting for the owner */
        get: {
            parameters: {
                query?: {
                    status?: "discovered" | "accepted";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Attributes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Attribute"][];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/attributes/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an accepted dictionary entry (owner) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateAttributeInput"];
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Attribute"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such attribute */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `not_accepted`, or `consent_attribute` for a type change of a consent attribute */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/attributes/{name}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an attribute into the dictionary (owner): criteria may use it from then on
         * @description A name never seen on a contact may be accepted ahead of its data. Audited as `attributes.accepted`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AcceptAttributeInput"];
                };
            };
            responses: {
                /** @description Accepted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Attribute"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `already_accepted` */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit entries, newest first, filtered and paged by cursor */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actor?: string;
                    cursor?: string;
                    from?: string;
                    limit?: number;
                    target?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of entries; `total` on the first page only */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["AuditEntry"][];
                            nextCursor?: string;
                            total?: number;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/checkpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The last checkpoint of the chain's head that this instance keeps outside the database */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The last checkpoint */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditCheckpointStatus"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered log as CSV */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actor?: string;
                    from?: string;
                    target?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/export.ndjson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The filtered log as NDJSON, oldest first, with what a verifier needs
         * @description One entry per line with `prevHash`, `hash` and the keyed hash `mac`, so a range verifies without the database: `npm run audit:verify -- --file export.ndjson` checks every hash and link, and with AUDIT_KEY every keyed hash.
         */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actor?: string;
                    from?: string;
                    target?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description NDJSON */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/x-ndjson": string;
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** For collectors that pull (a SIEM): the entries after the last one they have, oldest first */
        get: {
            parameters: {
                query?: {
                    /** @description The last entry id the collector has; 0 for the beginning */
                    after?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Entries and where to continue */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditStream"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Walk the hash chain and report the first entry that does not hold
         * @description Checks every link and hash, each keyed hash when this instance holds the audit key, and that the log still reaches the checkpoint kept outside the database (docs/decisions/002).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Verification result */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditVerifyResult"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/backlog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The change backlog: open items in the suggested order, with the owner’s order beside it */
        get: {
            parameters: {
                query?: {
                    status?: "intake" | "ranked" | "in_proposal" | "done" | "declined";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The backlog */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BacklogList"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /**
         * File a change request or initiative into the backlog’s intake (owner, operations, marketer)
         * @description Audited as `backlog.filed`. Title and goal are prose, linted as they are saved.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateBacklogItemInput"];
                };
            };
            responses: {
                /** @description Filed */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BacklogItem"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/backlog/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One backlog item */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The item */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BacklogItem"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such item */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit an item, or rank or decline it (the owner; declining needs a rationale)
         * @description The requester edits their own item in intake; the owner edits items in intake or ranked. `status` moves it: `ranked` from intake, `declined` (with `rationale`) from intake or ranked.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateBacklogItemInput"];
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BacklogItem"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such item */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `illegal_transition`, or `moved_by_proposal` for a move only a proposal makes */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/backlog/{id}/proposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a segment proposal from a ranked item (owner, operations)
         * @description The proposal links back to the item; the item moves to `in_proposal`. Approval makes it done.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateProposalInput"];
                };
            };
            responses: {
                /** @description Opened */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            proposalId: string;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such item or segment */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `illegal_transition`, or the proposal’s own conflicts */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/backlog/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the owner’s order of the ranked items (owner)
         * @description Names every ranked item and every item in a proposal once. Audited as `backlog.reordered`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BacklogOrderInput"];
                };
            };
            responses: {
                /** @description The reordered backlog */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BacklogList"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `stale_order`: the order changed since the version sent */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Campaigns, newest change first; `mine=true` for the caller’s own */
        get: {
            parameters: {
                query?: {
                    mine?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Campaigns */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Campaign"][];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Create a campaign (marketer): name, channel, target segment, copy */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CampaignInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Campaign"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One campaign with its approval state and, when approved, the segment version it holds for */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The campaign */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Campaign"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such campaign */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a campaign (its creator). Copy and channel are free; a new target segment resets approval */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CampaignPatch"];
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Campaign"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such campaign */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/campaigns/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a pending campaign for the segment’s current version (owner; never one’s own)
         * @description Send the target `segment` and its `version` you reviewed: a campaign retargeted or a version published since is refused with 409 `campaign_changed`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ApproveCampaignInput"];
                };
            };
            responses: {
                /** @description Decided */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Campaign"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such campaign */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `not_pending` or `campaign_changed` */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline a pending campaign, saying why (owner) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DeclineCampaignInput"];
                };
            };
            responses: {
                /** @description Decided */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Campaign"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such campaign */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `not_pending` */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/held-back": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * While you observe: what a send of your campaign would hold back now; nothing is sent or recorded
         * @description A dry run of the firewall check over the target segment’s current members, as the signed-in creator, for a marketer inside the onboarding period only. Counts by reason and segment; no contact is named.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description What the firewall would hold back, and why */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HeldBackPreview"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `not_creator`, `not_observing`, or a role that does not write campaigns */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such campaign */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `no_target` */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/request-send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a send to the target segment’s current members; nothing is sent
         * @description Runs the firewall check as the signed-in marketer on the campaign’s channel, one check per 10,000 members.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description What the firewall allows, and why the rest is held back */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RequestSendResult"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such campaign */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `no_target` */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/submit-for-approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the owner to approve the campaign for the target segment’s current version (creator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Pending */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Campaign"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such campaign */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `approval_not_needed`, `already_pending` or `already_approved` */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/checklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every saved month’s checklist score and band, oldest first (the trend) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Scores */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ChecklistSummary"][];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/checklist/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A month’s decision checklist: answers, score, band, next actions, and Charter’s evidence per item */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    month: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The checklist */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Checklist"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /**
         * Score checklist items for a month (owner, operations); names the revision it read
         * @description Items given replace their earlier answers; the rest keep theirs. Notes are linted. Audited as `checklist.saved`.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    month: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SaveChecklistInput"];
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Checklist"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `stale_checklist`: someone saved since this revision was read */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Insert or replace up to 10,000 contacts (token scope contacts:write) and re-evaluate their membership */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpsertContactsInput"];
                };
            };
            responses: {
                /** @description Upserted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UpsertContactsResult"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contact, its current segment and its membership history (newest stay first) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Contact */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contact"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such contact */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{id}/explain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Why a contact is segment-eligible: each segment version’s conditions, matched or not, in evaluation order */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The explanation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContactExplanation"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such contact */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/attributes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Attributes seen on a sample of contacts, with inferred types and example values */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Attributes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContactAttributes"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a file of contacts, one JSON object per line, streamed (token scope contacts:write)
         * @description Each line is a contact as PUT /api/contacts takes one: `{"id": "…", "attributes": {…}}`. New contacts are inserted and contacts Charter has are replaced, each placed in its segment, in one transaction with one audit entry; a refused line (422, its path starts with ["line", n]) writes nothing. At most 2,000,000 contacts and 1024 MB, each line at most 100,000 characters (docs/decisions/026-a-bulk-import.md).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/x-ndjson": string;
                };
            };
            responses: {
                /** @description Imported */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportContactsResult"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run the freshness pass now: move contacts whose time-relative criteria expired, dated at their edges
         * @description It also runs every minute on its own; the firewall never waits for it (docs/firewall.md).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description What moved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MembershipRefreshResult"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/diagnostics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Diagnostics taken, newest first, and what Charter observes now to pre-fill the next one */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Diagnostics */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DiagnosticList"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /**
         * Take the journey diagnostic (owner, operations): every question scored 0 to 4 with a note
         * @description Notes are linted. Audited as `diagnostics.taken`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateDiagnosticInput"];
                };
            };
            responses: {
                /** @description The scored report */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Diagnostic"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/diagnostics/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A diagnostic’s scored report, compared with the one before it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Diagnostic"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such diagnostic */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/diagnostics/{id}/export.md": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A diagnostic’s report as Markdown */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Markdown */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/markdown": string;
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such diagnostic */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exceptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Exception requests with their outcome; drafts are visible only to their requester */
        get: {
            parameters: {
                query?: {
                    mine?: "true" | "false";
                    month?: string;
                    segment?: string;
                    status?: "draft" | "withdrawn" | "logic_review" | "approved" | "rejected";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Requests */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ExceptionListItem"][];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /**
         * File an exception request: name the segment, name the risk, then a logic review or withdraw
         * @description There is no send-once path: any other key (sendOnce, override, …) is refused with 422. A logic review opens a change proposal (kind update, base = the current version) in the same transaction. `draftId` files a saved draft.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A retry with the same key returns the first result and files nothing new. */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateExceptionInput"];
                };
            };
            responses: {
                /** @description Filed; a retry with the same Idempotency-Key returns this again */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExceptionCreated"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `segment_retired`, `already_filed` or `idempotency_key_reused` */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exceptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One request with its timeline: filed → logic review → approved or rejected, or withdrawn */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExceptionDetail"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such request */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exceptions/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a draft of an exception request (saved as the wizard goes) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SaveExceptionDraftInput"];
                };
            };
            responses: {
                /** @description Draft saved */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExceptionDraft"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exceptions/drafts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Resume one of your drafts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The draft */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExceptionDraft"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such draft of yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `already_filed`: the draft became a request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Save the wizard’s state into your draft */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SaveExceptionDraftInput"];
                };
            };
            responses: {
                /** @description Draft saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExceptionDraft"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such draft of yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `already_filed`: the draft became a request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Discard one of your drafts */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Discarded */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such draft of yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `already_filed`: the draft became a request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exceptions/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many logic reviews from exception requests wait for a decision */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Counts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExceptionsSummary"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/firewall/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide a send for up to 10,000 contacts: every reason that applies, per contact
         * @description A session caller is the actor (naming someone else is 403 `actor_mismatch`); a token caller (scope firewall:check) may name the person the send is for in `actor`. There is no bypass: a body with `override`, `force` or `bypass` (any value, even false) is refused with 403 `override_refused` and recorded. With an `Idempotency-Key` header, a repeat within 24 hours returns the first answer (same `requestId`, `Idempotent-Replayed: true`) and is counted once; the same key with another body is 422 `idempotency_key_reused`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Repeats with this key within 24 hours return the first answer */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FirewallCheckInput"];
                };
            };
            responses: {
                /** @description One decision per contact, in request order */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FirewallCheckResult"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `forbidden`, `actor_mismatch` or `override_refused` (recorded) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/firewall/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recent blocked decisions, newest first, paged by cursor
         * @description Filters: reason, segment, campaign (id), actor (email). A marketer sees only their own.
         */
        get: {
            parameters: {
                query?: {
                    actor?: string;
                    campaign?: string;
                    cursor?: string;
                    limit?: number;
                    reason?: "actor_onboarding" | "actor_is_owner" | "unknown_contact" | "segment_paused" | "not_in_target_segment" | "approval_required" | "frequency_cap" | "no_consent";
                    segment?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of blocked decisions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BlockedDecisionsPage"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/firewall/learning": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the firewall held back in the last 30 days and why, and the caller’s onboarding period */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The learning view */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FirewallLearning"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/firewall/override": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** There is no override: every call is refused with 403 override_refused and recorded */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OverrideInput"];
                };
            };
            responses: {
                /** @description `override_refused`: recorded as an override attempt (who, when, target, why) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/firewall/override-attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Override attempts of a month (UTC), newest first; the current month by default */
        get: {
            parameters: {
                query?: {
                    month?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Attempts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["OverrideAttempt"][];
                            month: string;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Record a "send anyway" attempt from the app; nothing is sent, the protocol is explained */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OverrideAttemptInput"];
                };
            };
            responses: {
                /** @description Recorded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OverrideAttemptRecorded"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/firewall/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One check with its blocked decisions and, per reason, the rule and segment version behind it; its allowed decisions by group
         * @description Firewall readers see every request; a marketer sees the requests made as them.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FirewallRequestDetail"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such request */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/firewall/requests/{id}/allowed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A page of the contacts one allowed group of a request holds, in request order
         * @description Whoever may read the request: firewall readers every request, a marketer their own.
         */
        get: {
            parameters: {
                query: {
                    group: number;
                    limit?: number;
                    offset?: number | null;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Contact ids */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AllowedContactsPage"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such request, or no such group in it */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/firewall/requests/{id}/allowed/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Why the request allowed a contact: the segment versions in force then, each condition marked
         * @description Evaluated at the decision’s time on the contact’s attributes as stored now; `updatedSinceDecision` says when they were written after the decision, so the explanation may differ from what the firewall saw.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contactId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The explanation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AllowedExplanation"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such request, or the request did not allow that contact */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/firewall/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Frequency cap and onboarding days in force, who approved them, and open proposals to change them */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Settings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FirewallSettingsView"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/firewall/settings/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Propose a new frequency cap or onboarding period (operations); it takes effect when approved
         * @description `frequency_cap` takes `{max, windowDays}`, `onboarding_days` a number of days.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FirewallSettingProposalInput"];
                };
            };
            responses: {
                /** @description Proposed */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/firewall/settings/proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A setting proposal, and whether you may decide it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The proposal */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SettingProposal"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such setting proposal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/firewall/settings/proposals/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve: the value is in force at once, on every instance
         * @description The owner decides; when the owner proposed, an operations user. Nobody decides their own (403 `self_approval`). Send the `revision` you reviewed; a proposal whose setting changed since it was made is refused (409 `stale_base_version`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ApproveSettingInput"];
                };
            };
            responses: {
                /** @description The proposal, and whether its value is in force */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SettingDecisionResult"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such setting proposal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `not_open`, `proposal_changed`, `stale_base_version`, or `segment_retired` for a segment cap */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/firewall/settings/proposals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject with a rationale (same deciders as approval); the value in force stays */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RejectInput"];
                };
            };
            responses: {
                /** @description The proposal, and whether its value is in force */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SettingDecisionResult"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such setting proposal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `not_open` */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/firewall/settings/proposals/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw your open setting proposal */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The proposal, and whether its value is in force */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SettingDecisionResult"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such setting proposal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `not_open` */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/firewall/suppressed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Blocked decisions of a month by ISO week, segment and reason (exact) */
        get: {
            parameters: {
                query?: {
                    month?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Suppressed volume */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SuppressedVolume"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Approved changes and their follow-ups; due=true: due today or earlier with no outcome yet */
        get: {
            parameters: {
                query?: {
                    due?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Follow-ups */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["FollowUp"][];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/glossary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The glossary: retired terms (reason, replacements) and promoted terms (definition) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Terms */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["GlossaryEntry"][];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Add a term (owner); a phrase taken out earlier is restored */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["GlossaryTermInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GlossaryEntry"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `phrase_taken`: the phrase is already a glossary term */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/glossary/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a term (owner) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateGlossaryTermInput"];
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GlossaryEntry"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such term in the glossary */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `phrase_taken`: the phrase is already a glossary term */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/glossary/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a term out of the glossary (owner); it is no longer linted or listed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Taken out */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GlossaryEntry"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such term in the glossary */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/glossary/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The glossary as a file that imports back unchanged */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "json";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description JSON `{items}` or CSV (one row per term; lists one entry per line inside the cell) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["GlossaryTermInput"][];
                        };
                        "text/csv": string;
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/glossary/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add or update terms by phrase (owner); all or nothing, row errors named by index */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ImportGlossaryInput"];
                };
            };
            responses: {
                /** @description Imported */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportGlossaryResult"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/glossary/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retired language found in submitted text, by term and calendar month (UTC) */
        get: {
            parameters: {
                query?: {
                    months?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Findings by month and term */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GlossaryUsage"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness, and where the data lives */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Up */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
                /** @description The database does not answer */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness only: the process answers, without asking the database */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Up */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Live"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Find retired language in a text (at most 100 kB, UTF-8)
         * @description Offsets are UTF-16 code unit indexes into `text`, end exclusive, as JavaScript strings count them. Nothing is recorded: features record findings when the text is saved.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LintInput"];
                };
            };
            responses: {
                /** @description Findings, in order of position */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LintResult"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `payload_too_large`: the text is over the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics/governance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The three red flags and suppressed contacts for a calendar month (UTC); the current month by default */
        get: {
            parameters: {
                query?: {
                    month?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Exact counts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GovernanceMetrics"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics/governance/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same counts for the last `months` months (1–24, default 6), oldest first */
        get: {
            parameters: {
                query?: {
                    months?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One row per month */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["GovernanceMetrics"][];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics/segments/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One segment’s figures over [from, to): members, median dwell, moves outside transitions, suppressed, violations
         * @description The window ends at now at the latest; the follow-ups of approved changes count with the same function.
         */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Exact counts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SegmentFigures"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such segment */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report what happened after sends (token scope outcomes:write); idempotent per eventId
         * @description Up to 10,000 events of type delivered, opened, clicked, converted, unsubscribed or complained. A repeated eventId counts as a duplicate. Events of contacts in a running pilot’s cohorts count towards its readout.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OutcomesInput"];
                };
            };
            responses: {
                /** @description Accepted */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutcomesResult"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pilots/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A pilot: its share, dates, cohorts and status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Pilot */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Pilot"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such pilot */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pilots/{id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extend a running pilot (owner); it runs 28 days at most */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ExtendPilotInput"];
                };
            };
            responses: {
                /** @description Extended */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Pilot"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such pilot */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `pilot_ended` */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pilots/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Frontline feedback on a pilot, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Notes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PilotNotes"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such pilot */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Add frontline feedback to a pilot (linted for retired language) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PilotNoteInput"];
                };
            };
            responses: {
                /** @description Added */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PilotNote"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such pilot */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pilots/{id}/readout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per cohort: size, sends and rates; per metric the difference, its 95% interval, the sample needed and a verdict */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Readout */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PilotReadout"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such pilot */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pilots/{id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop a running pilot now (owner) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StopPilotInput"];
                };
            };
            responses: {
                /** @description Stopped */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Pilot"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such pilot */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `pilot_ended` */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Segment change proposals, newest first, by status and segment */
        get: {
            parameters: {
                query?: {
                    segment?: string;
                    status?: "open" | "approved" | "rejected" | "withdrawn";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Proposals */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Proposal"][];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Propose a new segment, a new version of one, or its retirement (owner, operations) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateProposalInput"];
                };
            };
            responses: {
                /** @description Opened */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            status: "open";
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such segment (update, retire) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `segment_exists`, `stale_base_version` or `already_retired` */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A proposal with its base version’s definition for the diff, and whether you may decide it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Proposal */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Proposal"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such proposal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit your open proposal; every edit bumps its revision and resets its review */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateProposalInput"];
                };
            };
            responses: {
                /** @description Edited */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Proposal"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such proposal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `not_open` or `stale_base_version` */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/proposals/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve: creates the new version and re-evaluates every contact, atomically
         * @description The owner approves; when the owner proposed, an operations user. Nobody approves their own (403 `self_approval`). Send the `revision` you reviewed: an edit since then fails with 409 `proposal_changed`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ApproveInput"];
                };
            };
            responses: {
                /** @description Approved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApproveResult"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such proposal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `not_open`, `stale_base_version`, `proposal_changed` or `segment_exists` */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/follow-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An approved change’s follow-up: its segment’s figures before and after at 7, 30 and 90 days, and the outcomes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The follow-up */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FollowUpImpact"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such proposal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `not_approved` */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /**
         * Record kept, adjust or revert at a reached checkpoint (owner)
         * @description `revert` opens the proposal that undoes the change; `adjust` answers a prefilled proposal to start from. Recording the 30-day checkpoint also fills the proposal’s `followUpOutcome`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RecordFollowUpInput"];
                };
            };
            responses: {
                /** @description Recorded */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FollowUpRecorded"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such proposal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `not_approved`, `checkpoint_not_reached`, `follow_up_recorded`, or a refusal of the revert proposal */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/pilot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a pilot of an open segment proposal (owner): share 1–20% (default 5), 7–28 days */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StartPilotInput"];
                };
            };
            responses: {
                /** @description Started */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Pilot"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such proposal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `not_open`, `pilot_running`, `stale_base_version` or `nothing_to_pilot` */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/pilots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The pilots of a proposal, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Pilots */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProposalPilots"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such proposal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject with a rationale (same deciders as approval) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RejectInput"];
                };
            };
            responses: {
                /** @description Rejected */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Proposal"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such proposal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `not_open` */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw your open proposal */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Withdrawn */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Proposal"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such proposal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `not_open` */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reviews with their headline numbers, newest first (the current month always included) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Reviews */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ReviewSummary"][];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reviews/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The fixed five-item agenda for a month, live while open and frozen once completed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    month: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The review */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Review"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reviews/{month}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an action item (who, due date) to an agenda item of an open review */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    month: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReviewActionInput"];
                };
            };
            responses: {
                /** @description Added */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignee: {
                                id: string;
                                name: string;
                            } | null;
                            at: string;
                            createdBy: {
                                id: string;
                                name: string;
                            };
                            description: string;
                            due: string | null;
                            findings: number;
                            id: number;
                            /** @enum {string} */
                            item: "pauseViolations" | "dwellAnomalies" | "suppressedVolume" | "exceptionRequests" | "pressure";
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `review_completed`: the figures are frozen; only corrections are accepted */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reviews/{month}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete the review with the answer to “Where did pressure show up this month?”; freezes the figures */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    month: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CompleteReviewInput"];
                };
            };
            responses: {
                /** @description Completed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Review"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `review_completed`: the figures are frozen; only corrections are accepted */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reviews/{month}/export.md": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The completed review as Markdown */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    month: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Markdown */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/markdown": string;
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `review_open`: only a completed review is exported */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reviews/{month}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a note to an agenda item; after completion it is stored as a correction */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    month: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReviewNoteInput"];
                };
            };
            responses: {
                /** @description Added */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            at: string;
                            author: {
                                id: string;
                                name: string;
                            };
                            body: string;
                            findings: number;
                            id: number;
                            /** @enum {string} */
                            item: "pauseViolations" | "dwellAnomalies" | "suppressedVolume" | "exceptionRequests" | "pressure";
                            /** @enum {string} */
                            kind: "note" | "correction";
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `review_completed`: the figures are frozen; only corrections are accepted */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reviews/{month}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start the 30-minute timer (a second start keeps the first) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    month: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The review with its timer */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Review"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `review_completed`: the figures are frozen; only corrections are accepted */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every segment with its current version and member count, in evaluation order */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Segments */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SegmentSummary"][];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/segments/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A segment and its current version (proposedBy and approvedBy are display names) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Segment */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SegmentDetail"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such segment */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/segments/{key}/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Weekly sends, unsubscribe and complaint rates, and whether the latest weeks left the usual band
         * @description `weeks` 4–52 (12 by default). Drift is decided over the last 12 weeks whatever span is shown; see docs/segment-health.md for the band. Never part of the monthly review.
         */
        get: {
            parameters: {
                query?: {
                    weeks?: number;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Health */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SegmentHealth"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such segment */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/segments/{key}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contacts currently in the segment, most recently entered first, paged by cursor */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of members */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                enteredAt: string | null;
                                id: string;
                            }[];
                            nextCursor?: string;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such segment */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/segments/{key}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a segment reviewed with a note (owner): sets its next review date
         * @description Quarterly for rules with a time-relative condition, yearly for the rest. Audited as `segments.reviewed`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MarkReviewedInput"];
                };
            };
            responses: {
                /** @description Reviewed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SegmentReviewState"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such segment */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `segment_retired` */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/segments/{key}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The reviews of a segment, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Reviews */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SegmentReview"][];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such segment */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/segments/{key}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every immutable version, newest first, with the rationale it was approved on */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Versions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SegmentVersion"][];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such segment */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/segments/impact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** How membership would change if this definition were current (nothing is written) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ImpactInput"];
                };
            };
            responses: {
                /** @description Counts over all contacts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImpactPreview"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report sends the automation platform made (token scope sends:write); idempotent per eventId
         * @description Up to 10,000 events. A repeated eventId counts as a duplicate. A send into a segment that was paused for its channel at sentAt (and not an allowed customer-initiated reply) is recorded as a pause violation.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SendsInput"];
                };
            };
            responses: {
                /** @description Accepted */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SendsResult"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user, or null when the request carries no session at all
         * @description A browser with no session cookie and no token is told `{user: null}` (200): nobody is signed in, which is an answer, not a failure. A cookie or token that names no live session is 401, as everywhere.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The signed-in user, or null */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CurrentSession"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Sign in with email and password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SignInInput"];
                };
            };
            responses: {
                /** @description Signed in; the session cookie is set */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description `invalid_credentials` */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `too_many_attempts`, with `Retry-After`: repeated failures from this client, for this account from browsers it never signed in with, or from this browser */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Sign out: the session ends on the server */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed out */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API tokens (operations, admin); secrets are never listed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tokens */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ApiToken"][];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Create a scoped token for a machine client; the token is shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateTokenInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreatedToken"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a token; calls with it fail from now on */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Revoked */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such token */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Role grants, ownership handovers and earlier start dates waiting for (or decided by) a second person */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "confirmed" | "rejected" | "withdrawn" | "cancelled";
                    user?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Changes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["UserChange"][];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-changes/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a pending change: the role is granted (owner: handed over), or the start date takes effect */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ConfirmUserChangeInput"];
                };
            };
            responses: {
                /** @description Confirmed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UserChange"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `forbidden`, `own_change`, `own_account` or `stand_in` (docs/rules.md, "No stand-ins") */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such change */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `not_pending`, `proposer_not_admin`, `user_inactive` or `separation_of_duties` */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-changes/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a pending change, saying why (at least 10 characters) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RejectUserChangeInput"];
                };
            };
            responses: {
                /** @description Rejected */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UserChange"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `forbidden`, `own_change`, `own_account` or `stand_in` (docs/rules.md, "No stand-ins") */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such change */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `not_pending`, `proposer_not_admin`, `user_inactive` or `separation_of_duties` */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-changes/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a pending change you proposed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Withdrawn */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UserChange"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `forbidden`, or `not_proposer`: only the proposer withdraws */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such change */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `not_pending` */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everyone in the workspace, with roles and start dates */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Users */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["User"][];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Add a person (admin). Owner, operations or admin, and a start date before today, wait for a second person (`pendingRoles`, `pendingStartedAt`). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateUserInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `separation_of_duties` or `email_taken` */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a person’s name, team, start date, roles or active state (admin). Granting owner (a handover), operations or admin, reactivating someone who holds one, or an earlier start date waits for a second person. */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateUserInput"];
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such user */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `separation_of_duties`, `owner_required` or `cannot_deactivate_self` */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/violations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pause violations, by the month of the send (UTC) and status */
        get: {
            parameters: {
                query?: {
                    month?: string;
                    status?: "open" | "acknowledged" | "resolved";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Violations */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                acknowledgedAt: string | null;
                                campaignId: string | null;
                                channel: string;
                                contactId: string;
                                /** Format: uuid */
                                id: string;
                                resolutionNote: string | null;
                                resolvedAt: string | null;
                                segment: string;
                                segmentVersion: number;
                                sentAt: string;
                                source: string;
                                /** @enum {string} */
                                status: "open" | "acknowledged" | "resolved";
                            }[];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/violations/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge an open violation (owner, operations) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acknowledgedAt: string | null;
                            campaignId: string | null;
                            channel: string;
                            contactId: string;
                            /** Format: uuid */
                            id: string;
                            resolutionNote: string | null;
                            resolvedAt: string | null;
                            segment: string;
                            segmentVersion: number;
                            sentAt: string;
                            source: string;
                            /** @enum {string} */
                            status: "open" | "acknowledged" | "resolved";
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such violation */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `not_open` or `already_resolved` */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/violations/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve a violation, saying how the leak was fixed (owner, operations) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ResolveViolationInput"];
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acknowledgedAt: string | null;
                            campaignId: string | null;
                            channel: string;
                            contactId: string;
                            /** Format: uuid */
                            id: string;
                            resolutionNote: string | null;
                            resolvedAt: string | null;
                            segment: string;
                            segmentVersion: number;
                            sentAt: string;
                            source: string;
                            /** @enum {string} */
                            status: "open" | "acknowledged" | "resolved";
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such violation */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `not_open` or `already_resolved` */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhook endpoints (operations, admin); secrets are never listed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Endpoints */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["WebhookEndpoint"][];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /**
         * Add an endpoint; its signing secret is shown once
         * @description A `standard` endpoint receives signed JSON (Standard Webhooks); a `slack` endpoint is a Slack incoming-webhook URL and receives Block Kit messages. Loopback, private and link-local targets are refused (422 on `url`) unless WEBHOOKS_ALLOW_PRIVATE_TARGETS allows them.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateWebhookInput"];
                };
            };
            responses: {
                /** @description Created; the secret is shown this once */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookSecret"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One endpoint, with its delivery counts and health */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The endpoint */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookEndpoint"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such endpoint */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        /** Remove an endpoint and its delivery log */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such endpoint */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Change the URL, the events or the description, or turn the endpoint off or on again */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateWebhookInput"];
                };
            };
            responses: {
                /** @description The endpoint */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookEndpoint"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such endpoint */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The endpoint’s deliveries, newest first, each with its attempts (status and duration) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    status?: "pending" | "delivered" | "failed";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of deliveries */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["WebhookDelivery"][];
                            nextCursor?: string;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such endpoint */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new signing secret, shown once; the old one still signs beside it for 24 hours */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The new secret */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookSecret"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such endpoint */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue a `webhook.test` event for this endpoint alone; its delivery shows how it went */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Queued */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Queued"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such endpoint */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `endpoint_disabled` */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/deliveries/{id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivered or failed delivery again, with the same webhook-id */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Queued */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Queued"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such delivery */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `delivery_pending` or `endpoint_disabled` */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The automation platform’s workflows, by name, each with its gate */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    gate?: "gated" | "ungated" | "unknown";
                    limit?: number;
                    platform?: "braze" | "hubspot" | "customerio" | "iterable" | "salesforce" | "other";
                    status?: "active" | "paused" | "archived" | "discovered";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Workflows */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkflowsPage"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /**
         * Insert or update workflows by (platform, externalId) (marketer, operations, token scope workflows:write)
         * @description All or nothing: a bad row fails the whole call, and every bad row is named by its index. Audited per workflow.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpsertWorkflowsInput"];
                };
            };
            responses: {
                /** @description Upserted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UpsertWorkflowsResult"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One workflow with its gate */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The workflow */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Workflow"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such workflow */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The described workflows as CSV, in the columns the import reads (discovered ones left out) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/gaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The gap report: ungated workflows, workflows without a segment, unused segments, overlaps, violations */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description JSON, or CSV with `format=csv` (one row per finding) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkflowGaps"];
                        "text/csv": string;
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/journey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The segment state machine: states, allowed and observed transitions (30 days), workflows per state */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The journey map */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Journey"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/matrix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Segments × workflows: what each workflow does per segment, its sends and blocks in 30 days, and conflicts
         * @description Conflict kinds: `overlap`, `paused_target`, `silence_broken` (docs/rules.md, "Workflow conflicts").
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The matrix */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkflowMatrix"];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields; `issues` names them */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspace/owner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The named segmentation owner */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The one active owner, or null when none is assigned */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OwnerSummary"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptAttributeInput: {
            definition: string;
            /** Format: uuid */
            ownerId: string;
            /** @enum {string} */
            sensitivity: "none" | "personal" | "special_category";
            source: string;
            /** @enum {string} */
            type: "number" | "string" | "boolean" | "date" | "array";
        };
        AllowedContactsPage: {
            group: number;
            items: string[];
            nextOffset: number | null;
        };
        AllowedExplanation: {
            contactId: string;
            contactUpdatedAt: string | null;
            decidedAt: string;
            pilot: {
                /** @enum {string} */
                cohort: "pilot" | "control";
                /** Format: uuid */
                id: string;
            } | null;
            /** Format: uuid */
            requestId: string;
            segment: string | null;
            segments: {
                decided: boolean;
                key: string;
                lines: {
                    actual: string | null;
                    attr: string | null;
                    depth: number;
                    /** @enum {string} */
                    kind: "all" | "any" | "not" | "condition";
                    matched: boolean;
                    path: string;
                    text: string;
                }[];
                matched: boolean;
                name: string;
                priority: number;
                rule: string;
                version: number | null;
            }[];
            segmentVersion: number | null;
            summary: string;
            updatedSinceDecision: boolean;
        };
        ApiToken: {
            createdAt: string;
            createdBy: string;
            /** Format: uuid */
            id: string;
            lastUsedAt: string | null;
            name: string;
            prefix: string;
            revokedAt: string | null;
            scopes: ("firewall:check" | "sends:write" | "contacts:write" | "workflows:write" | "outcomes:write" | "read")[];
        };
        ApproveCampaignInput: {
            note?: string;
            segment: string;
            version: number;
        };
        ApproveInput: {
            fairnessNote?: string;
            note?: string;
            revision: number;
        };
        ApproveResult: {
            proposal: components["schemas"]["Proposal"];
            version: components["schemas"]["SegmentVersion"];
        };
        ApproveSettingInput: {
            note?: string;
            revision: number;
        };
        Attribute: {
            acceptedAt: string | null;
            acceptedBy: components["schemas"]["UserRef"] & (Record<string, never> | null);
            consentFor: ("email" | "sms" | "push" | "in_app" | "direct_mail" | "phone")[];
            definition: string | null;
            firstSeenAt: string | null;
            name: string;
            owner: components["schemas"]["UserRef"] & (Record<string, never> | null);
            /** @enum {string|null} */
            sensitivity: "none" | "personal" | "special_category" | null;
            source: string | null;
            /** @enum {string} */
            status: "discovered" | "accepted";
            /** @enum {string} */
            type: "number" | "string" | "boolean" | "date" | "array";
            updatedAt: string;
            usedBy: string[];
        };
        AuditCheckpoint: {
            /** @description When the checkpoint was written */
            at: string;
            headHash: string;
            /** @description The newest entry when the checkpoint was written; 0 for an empty log */
            headId: number;
            /** @description Every entry from this id on carries a keyed hash */
            keyedFrom: number;
        } | null;
        AuditCheckpointStatus: {
            checkpoint: components["schemas"]["AuditCheckpoint"];
            /** @description How often checkpoints are written; null: not by this instance */
            intervalSeconds: number | null;
            /** @description Whether this instance holds the audit key and keys new entries */
            keyed: boolean;
            /** @description Why a checkpoint file that is there cannot be shown */
            problem: string | null;
        };
        AuditEntry: {
            action: string;
            actor: string;
            actorId: string | null;
            after?: unknown;
            at: string;
            before?: unknown;
            hash: string;
            id: number;
            /** @description The previous entry’s hash, which this entry’s hash chains to */
            prevHash: string;
            targetId: string | null;
            targetType: string;
        };
        AuditExportEntry: {
            action: string;
            actor: string;
            actorId: string | null;
            after?: unknown;
            at: string;
            before?: unknown;
            hash: string;
            id: number;
            mac: string | null;
            prevHash: string;
            targetId: string | null;
            targetType: string;
            /**
             * @description An override attempt shown without its actor: its hash cannot be recomputed, its link still holds
             * @enum {boolean}
             */
            withheld?: true;
        };
        AuditStream: {
            /** @description Entries after `after`, oldest first */
            items: components["schemas"]["AuditExportEntry"][];
            /** @description Pass as `after` next time: the last id given, or `after` when none */
            next: number;
        };
        AuditVerifyResult: {
            checkpoint: components["schemas"]["AuditCheckpoint"];
            entries: number;
            /** @description Whether the keyed hashes were checked (the audit key was at hand) */
            keyed: boolean;
            /** @enum {boolean} */
            ok: true;
        } | {
            checkpoint: components["schemas"]["AuditCheckpoint"];
            /** @description The first entry that does not hold, when one does not */
            firstBrokenId: number | null;
            message: string;
            /** @enum {boolean} */
            ok: false;
            /** @enum {string} */
            problem: "altered" | "rehashed" | "unkeyed" | "truncated" | "diverged" | "checkpoint_invalid";
        };
        BacklogItem: {
            createdAt: string;
            decidedBy: components["schemas"]["UserRef"] & (Record<string, never> | null);
            effort: number;
            fromExceptionId: string | null;
            fromProposalId: string | null;
            goal: string;
            id: string;
            ownerRank: number | null;
            proposalId: string | null;
            rationale: string | null;
            requester: components["schemas"]["UserRef"];
            score: number;
            scoreExplained: string;
            segments: string[];
            /** @enum {string} */
            status: "intake" | "ranked" | "in_proposal" | "done" | "declined";
            suggestedRank: number | null;
            title: string;
            updatedAt: string;
            /** @enum {string} */
            urgency: "low" | "medium" | "high";
            value: number;
            workflows: {
                id: string;
                name: string;
            }[];
        };
        BacklogItemRef: {
            id: string;
            title: string;
        };
        BacklogList: {
            items: components["schemas"]["BacklogItem"][];
            version: number;
        };
        BacklogOrderInput: {
            order: string[];
            version: number;
        };
        BlockedDecisionRow: {
            actor: string | null;
            at: string;
            campaignId: string | null;
            campaignName: string | null;
            channel: string;
            contactId: string;
            id: string;
            reasons: ("actor_onboarding" | "actor_is_owner" | "unknown_contact" | "segment_paused" | "not_in_target_segment" | "approval_required" | "frequency_cap" | "no_consent")[];
            /** Format: uuid */
            requestId: string;
            segment: string | null;
            segmentVersion: number | null;
        };
        BlockedDecisionsPage: {
            items: components["schemas"]["BlockedDecisionRow"][];
            nextCursor?: string;
        };
        Campaign: {
            approvalAt: string | null;
            approvalBy: string | null;
            approvalCurrent: boolean;
            approvalNeeded: boolean;
            approvalNote: string | null;
            /** @enum {string} */
            approvalState: "not_requested" | "pending" | "approved" | "declined";
            approvedVersion: number | null;
            channel: string;
            copy: string;
            copyFindings: number;
            createdAt: string;
            creator: {
                email: string;
                /** Format: uuid */
                id: string;
                name: string;
            };
            currentVersion: number | null;
            /** Format: uuid */
            id: string;
            name: string;
            targetSegment: string | null;
            targetSegmentName: string | null;
            updatedAt: string;
        };
        CampaignInput: {
            /** @enum {string} */
            channel: "email" | "sms" | "push" | "in_app" | "direct_mail" | "phone";
            /** @default  */
            copy: string;
            name: string;
            targetSegment: string | null;
        };
        CampaignPatch: {
            /** @enum {string} */
            channel?: "email" | "sms" | "push" | "in_app" | "direct_mail" | "phone";
            /** @default  */
            copy: string;
            name?: string;
            targetSegment?: string | null;
        };
        Checklist: {
            /** @enum {string} */
            band: "foundations" | "gates" | "sustain";
            evidenceAsOf: string;
            items: {
                checked: boolean | null;
                evidence: {
                    suggested: boolean;
                    summary: string;
                };
                findings: number;
                /** @enum {string} */
                key: "workflow_inventory" | "criteria_documented" | "branching_workflow" | "quarterly_review" | "data_source_onboarding" | "segment_gates" | "small_segment_test" | "monitoring_per_segment" | "monthly_meeting" | "priority_rules";
                note: string;
                text: string;
            }[];
            month: string;
            nextActions: string[];
            revision: number;
            score: number;
            updatedAt: string | null;
            updatedBy: {
                id: string;
                name: string;
            } | null;
        };
        ChecklistSummary: {
            /** @enum {string} */
            band: "foundations" | "gates" | "sustain";
            month: string;
            revision: number;
            score: number;
        };
        CompleteReviewInput: {
            pressureAnswer: string;
        };
        ConfirmUserChangeInput: {
            note?: string;
        };
        ConsentMapping: {
            direct_mail?: string;
            email?: string;
            in_app?: string;
            phone?: string;
            push?: string;
            sms?: string;
        };
        Contact: {
            attributes: {
                [key: string]: unknown;
            };
            enteredAt: string | null;
            history: {
                enteredAt: string;
                leftAt: string | null;
                segmentKey: string;
            }[];
            id: string;
            segmentKey: string | null;
        };
        ContactAttribute: {
            attr: string;
            examples: (string | number | boolean)[];
            seen: number;
            /** @enum {string} */
            type: "number" | "string" | "boolean" | "date" | "array";
        };
        ContactAttributes: {
            items: components["schemas"]["ContactAttribute"][];
            sampled: number;
        };
        ContactExplanation: {
            at: string;
            contactId: string;
            evaluated: string | null;
            segmentKey: string | null;
            segments: {
                chosen: boolean;
                key: string;
                lines: {
                    actual: string | null;
                    attr: string | null;
                    depth: number;
                    /** @enum {string} */
                    kind: "all" | "any" | "not" | "condition";
                    matched: boolean;
                    path: string;
                    text: string;
                }[];
                matched: boolean;
                name: string;
                priority: number;
                rule: string;
                version: number;
            }[];
            summary: string;
        };
        CreateBacklogItemInput: {
            effort: number;
            /** Format: uuid */
            fromExceptionId?: string;
            /** Format: uuid */
            fromProposalId?: string;
            goal: string;
            /** @default [] */
            segments: string[];
            title: string;
            /** @enum {string} */
            urgency: "low" | "medium" | "high";
            value: number;
            /** @default [] */
            workflows: string[];
        };
        CreateDiagnosticInput: {
            answers: {
                /** @default  */
                note: string;
                /** @enum {string} */
                question: "single_owner" | "owner_direction" | "assessed_together" | "goal_led" | "who_decides" | "exceptions_as_logic" | "followed_after_launch" | "learning_carried" | "workflows_gated" | "journey_mapped";
                score: number;
            }[];
        };
        CreatedToken: {
            /** Format: uuid */
            id: string;
            token: string;
        };
        CreateExceptionInput: {
            /** Format: uuid */
            campaignId?: string;
            /** Format: uuid */
            draftId?: string;
            proposal?: {
                definition: components["schemas"]["SegmentDefinition"];
                rationale: string;
            };
            /** @enum {string} */
            protocol: "logic_review" | "withdraw";
            /** @enum {string} */
            riskCategory: "increases_hesitation" | "erodes_trust" | "message_fatigue" | "bypasses_consent" | "other";
            riskStatement: string;
            segmentKey: string;
        };
        CreateProposalInput: {
            baseVersion?: number;
            definition: components["schemas"]["SegmentDefinition"];
            /** @enum {string} */
            kind: "create" | "update" | "retire";
            rationale: string;
            segmentKey: string;
        };
        CreateTokenInput: {
            name: string;
            scopes: ("firewall:check" | "sends:write" | "contacts:write" | "workflows:write" | "outcomes:write" | "read")[];
        };
        CreateUserInput: {
            /** Format: email */
            email: string;
            name: string;
            password: string;
            roles: ("owner" | "operations" | "marketer" | "viewer" | "admin")[];
            /** Format: date */
            startedAt: string;
            team: string;
        };
        CreateWebhookInput: {
            /** @default  */
            description: string;
            events: ("proposal.opened" | "proposal.decided" | "violation.detected" | "override.refused" | "exception.filed" | "review.completed" | "follow_up.due" | "workflow.ungated" | "segment.drift")[];
            /**
             * @default standard
             * @enum {string}
             */
            kind: "standard" | "slack";
            url: string;
        };
        Criteria: {
            all: components["schemas"]["Criteria"][];
        } | {
            any: components["schemas"]["Criteria"][];
        } | {
            not: components["schemas"]["Criteria"];
        } | {
            attr: string;
            /** @enum {string} */
            op: "eq" | "neq" | "in" | "not_in" | "gt" | "gte" | "lt" | "lte" | "exists" | "not_exists" | "contains" | "within_days" | "older_than_days";
            value?: string | number | boolean | (string | number | boolean)[];
        };
        CurrentSession: {
            user: components["schemas"]["SessionUser"] & (Record<string, never> | null);
        };
        DeclineCampaignInput: {
            note: string;
        };
        Diagnostic: {
            answers: {
                findings: number;
                note: string;
                observed: string | null;
                /** @enum {string} */
                question: "single_owner" | "owner_direction" | "assessed_together" | "goal_led" | "who_decides" | "exceptions_as_logic" | "followed_after_launch" | "learning_carried" | "workflows_gated" | "journey_mapped";
                score: number;
            }[];
            id: string;
            previous: {
                id: string;
                takenAt: string;
            } | null;
            result: {
                nextSteps: string[];
                overall: number;
                themes: {
                    delta: number | null;
                    score: number;
                    /** @enum {string} */
                    theme: "ownership" | "prioritisation" | "decisions" | "follow_up" | "coherence";
                }[];
                /** @enum {string} */
                weakest: "ownership" | "prioritisation" | "decisions" | "follow_up" | "coherence";
            };
            takenAt: string;
            takenBy: {
                id: string;
                name: string;
            };
        };
        DiagnosticList: {
            items: components["schemas"]["DiagnosticSummary"][];
            observed: {
                basis: string;
                /** @enum {string} */
                question: "single_owner" | "owner_direction" | "assessed_together" | "goal_led" | "who_decides" | "exceptions_as_logic" | "followed_after_launch" | "learning_carried" | "workflows_gated" | "journey_mapped";
                score: number;
            }[];
        };
        DiagnosticSummary: {
            id: string;
            overall: number;
            takenAt: string;
            takenBy: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            weakest: "ownership" | "prioritisation" | "decisions" | "follow_up" | "coherence";
        };
        ExceptionCreated: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            outcome: "withdrawn" | "logic_review";
            /** Format: uuid */
            proposalId?: string;
        };
        ExceptionDetail: {
            backlogItems: components["schemas"]["BacklogItemRef"][];
            campaignId: string | null;
            campaignName: string | null;
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            outcome: "draft" | "withdrawn" | "logic_review" | "approved" | "rejected";
            proposalId: string | null;
            /** @enum {string|null} */
            proposalStatus: "open" | "approved" | "rejected" | "withdrawn" | null;
            /** @enum {string|null} */
            protocol: "logic_review" | "withdraw" | null;
            rationale: string | null;
            requester: components["schemas"]["UserRef"];
            /** @enum {string|null} */
            riskCategory: "increases_hesitation" | "erodes_trust" | "message_fatigue" | "bypasses_consent" | "other" | null;
            riskFindings: number;
            riskStatement: string | null;
            segmentKey: string | null;
            segmentName: string | null;
            segmentVersion: number | null;
            /** @enum {string|null} */
            step: "segment" | "risk" | "protocol" | "review" | null;
            submittedAt: string | null;
            timeline: {
                actor: components["schemas"]["UserRef"] & (Record<string, never> | null);
                at: string;
                /** @enum {string} */
                kind: "filed" | "logic_review" | "withdrawn" | "approved" | "rejected" | "closed";
                note: string | null;
                version: number | null;
            }[];
            updatedAt: string;
        };
        ExceptionDraft: {
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            step: "segment" | "risk" | "protocol" | "review";
            updatedAt: string;
            values: {
                /** Format: uuid */
                campaignId?: string;
                proposal?: {
                    definition?: unknown;
                    rationale?: string;
                };
                /** @enum {string} */
                protocol?: "logic_review" | "withdraw";
                /** @enum {string} */
                riskCategory?: "increases_hesitation" | "erodes_trust" | "message_fatigue" | "bypasses_consent" | "other";
                riskStatement?: string;
                segmentKey?: string;
            };
        };
        ExceptionListItem: {
            campaignId: string | null;
            campaignName: string | null;
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            outcome: "draft" | "withdrawn" | "logic_review" | "approved" | "rejected";
            proposalId: string | null;
            /** @enum {string|null} */
            protocol: "logic_review" | "withdraw" | null;
            requester: components["schemas"]["UserRef"];
            /** @enum {string|null} */
            riskCategory: "increases_hesitation" | "erodes_trust" | "message_fatigue" | "bypasses_consent" | "other" | null;
            riskStatement: string | null;
            segmentKey: string | null;
            segmentName: string | null;
            segmentVersion: number | null;
            /** @enum {string|null} */
            step: "segment" | "risk" | "protocol" | "review" | null;
            submittedAt: string | null;
            updatedAt: string;
        };
        ExceptionsSummary: {
            openLogicReviews: number;
        };
        ExtendPilotInput: {
            days: number;
            note?: string;
        };
        FirewallCheckInput: {
            /** Format: email */
            actor?: string;
            /** Format: uuid */
            campaignId?: string;
            /** @enum {string} */
            channel: "email" | "sms" | "push" | "in_app" | "direct_mail" | "phone";
            contactIds: string[];
            customerInitiated?: boolean;
            targetSegment?: string;
            workflow?: components["schemas"]["WorkflowRef"];
        };
        FirewallCheckResult: {
            decisions: {
                allowed: boolean;
                contactId: string;
                pilot?: {
                    /** @enum {string} */
                    cohort: "pilot" | "control";
                    /** Format: uuid */
                    id: string;
                };
                reasons: ("actor_onboarding" | "actor_is_owner" | "unknown_contact" | "segment_paused" | "not_in_target_segment" | "approval_required" | "frequency_cap" | "no_consent")[];
                segment: string | null;
            }[];
            /** Format: uuid */
            requestId: string;
            summary: {
                allowed: number;
                blocked: number;
                byReason: {
                    [key: string]: number;
                };
            };
        };
        FirewallLearning: {
            daysRemaining: number;
            examples: {
                at: string;
                campaignName: string | null;
                channel: string;
                contactId: string;
                reasons: {
                    /** @enum {string} */
                    code: "actor_onboarding" | "actor_is_owner" | "unknown_contact" | "segment_paused" | "not_in_target_segment" | "approval_required" | "frequency_cap" | "no_consent";
                    label: string;
                }[];
                segment: string | null;
            }[];
            onboarding: boolean;
            onboardingUntil: string;
            silence: {
                allowCustomerInitiated: boolean;
                allowedChannels: string[];
                /** @enum {string} */
                approval: "none" | "owner";
                blockedLast30Days: number;
                members: number;
                note: string;
                paused: boolean;
                segment: string;
                segmentName: string;
                version: number;
            }[];
            since: string;
            suppressed: {
                bySegmentReason: {
                    count: number;
                    label: string;
                    /** @enum {string} */
                    reason: "actor_onboarding" | "actor_is_owner" | "unknown_contact" | "segment_paused" | "not_in_target_segment" | "approval_required" | "frequency_cap" | "no_consent";
                    segment: string | null;
                    segmentName: string | null;
                }[];
                total: number;
                yours: number;
            };
        };
        FirewallRequestDetail: {
            actor: string | null;
            allowed: {
                count: number;
                id: number;
                pilot: {
                    /** @enum {string} */
                    cohort: "pilot" | "control";
                    /** Format: uuid */
                    id: string;
                } | null;
                segment: string | null;
                segmentName: string | null;
                segmentVersion: number | null;
            }[];
            allowedCount: number;
            allowedUnrecorded: number;
            at: string;
            blocked: {
                contactId: string;
                pilot: {
                    /** @enum {string} */
                    cohort: "pilot" | "control";
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    proposalId: string;
                } | null;
                reasons: {
                    /** @enum {string} */
                    code: "actor_onboarding" | "actor_is_owner" | "unknown_contact" | "segment_paused" | "not_in_target_segment" | "approval_required" | "frequency_cap" | "no_consent";
                    label: string;
                    rule: string;
                    segment: string | null;
                    segmentVersion: number | null;
                }[];
                segment: string | null;
                segmentVersion: number | null;
            }[];
            blockedCount: number;
            caller: string;
            campaignId: string | null;
            campaignName: string | null;
            channel: string;
            contactCount: number;
            customerInitiated: boolean;
            /** Format: uuid */
            id: string;
            segmentUnsafe: boolean;
            targetSegment: string | null;
        };
        FirewallSettingProposalInput: {
            rationale: string;
            /** @enum {string} */
            settingKey: "frequency_cap" | "onboarding_days" | "consent_mapping" | "segment_frequency_cap";
            value?: unknown;
        };
        FirewallSettingsView: {
            approvals: {
                consentMapping: {
                    approvedAt: string | null;
                    approvedBy: string | null;
                    /** Format: uuid */
                    proposalId: string;
                } | null;
                frequencyCap: {
                    approvedAt: string | null;
                    approvedBy: string | null;
                    /** Format: uuid */
                    proposalId: string;
                } | null;
                onboardingDays: {
                    approvedAt: string | null;
                    approvedBy: string | null;
                    /** Format: uuid */
                    proposalId: string;
                } | null;
            };
            consentMapping: components["schemas"]["ConsentMapping"];
            frequencyCap: {
                max: number;
                windowDays: number;
            };
            onboardingDays: number;
            openProposals: {
                createdAt: string;
                /** Format: uuid */
                id: string;
                proposer: string;
                /** @enum {string} */
                settingKey: "frequency_cap" | "onboarding_days" | "consent_mapping" | "segment_frequency_cap";
                value?: unknown;
            }[];
            segmentFrequencyCaps: {
                max: number;
                segment: string;
            }[];
        };
        FollowUp: {
            approvedAt: string | null;
            approvedBy: components["schemas"]["UserRef"] & (Record<string, never> | null);
            checkpoints: {
                days: number;
                dueOn: string;
                /** @enum {string|null} */
                outcome: "kept" | "adjust" | "revert" | null;
                reached: boolean;
            }[];
            due: boolean;
            followUpDue: string;
            /** @enum {string} */
            kind: "create" | "update" | "retire";
            outcome: string | null;
            outcomeAt: string | null;
            outcomeBy: components["schemas"]["UserRef"] & (Record<string, never> | null);
            proposalId: string;
            rationale: string;
            segmentKey: string;
            segmentName: string | null;
            version: number | null;
        };
        FollowUpImpact: {
            approvedAt: string;
            checkpoints: {
                after: components["schemas"]["SegmentFigures"];
                before: components["schemas"]["SegmentFigures"];
                days: number;
                dueOn: string;
                outcome: {
                    at: string;
                    by: components["schemas"]["UserRef"];
                    note: string;
                    noteFindings: number;
                    /** @enum {string} */
                    outcome: "kept" | "adjust" | "revert";
                    proposalId: string | null;
                } | null;
                pilot: {
                    endedAt: string | null;
                    /** Format: uuid */
                    id: string;
                    summary: string;
                    verdicts: string[];
                } | null;
                reached: boolean;
            }[];
            dueCheckpoint: number | null;
            /** @enum {string} */
            kind: "create" | "update" | "retire";
            proposalId: string;
            segmentKey: string;
            version: number | null;
        };
        FollowUpRecorded: {
            followUp: components["schemas"]["FollowUpImpact"];
            openedProposalId: string | null;
            prefill: components["schemas"]["CreateProposalInput"] & (Record<string, never> | null);
        };
        GlossaryEntry: {
            definition: string | null;
            examples: string[];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "retired" | "promoted";
            phrase: string;
            reason: string | null;
            replacements: string[];
            updatedAt: string;
        };
        GlossaryTermInput: {
            definition?: string | null;
            /** @default [] */
            examples: string[];
            /** @enum {string} */
            kind: "retired" | "promoted";
            phrase: string;
            reason?: string | null;
            /** @default [] */
            replacements: string[];
        };
        GlossaryUsage: {
            items: {
                count: number;
                month: string;
                term: string;
            }[];
            months: string[];
        };
        GovernanceMetrics: {
            month: string;
            overrideAttempts: number;
            pauseViolations: number;
            segmentUnsafeAttempts: number;
            suppressedContacts: number;
        };
        Health: {
            /** @enum {string} */
            database: "embedded" | "external" | "memory";
            /** @enum {string} */
            status: "ok";
            version: string;
        };
        HeldBackPreview: {
            breakdown: {
                count: number;
                explanation: string;
                label: string;
                /** @enum {string} */
                reason: "actor_onboarding" | "actor_is_owner" | "unknown_contact" | "segment_paused" | "not_in_target_segment" | "approval_required" | "frequency_cap" | "no_consent";
                segment: string | null;
                segmentName: string | null;
            }[];
            byReason: {
                [key: string]: number;
            };
            contactCount: number;
            heldBack: number;
            onboardingUntil: string;
        };
        ImpactFlow: {
            allowed: boolean;
            count: number;
            from: string | null;
            fromName: string | null;
            to: string | null;
            toName: string | null;
        };
        ImpactInput: {
            definition: components["schemas"]["SegmentDefinition"];
            segmentKey?: string;
        };
        ImpactPreview: {
            enter: number;
            flows: components["schemas"]["ImpactFlow"][];
            intoPaused: number;
            leave: number;
            membersAfter: number;
            membersBefore: number;
            outOfPaused: number;
            total: number;
        };
        ImportContactsResult: {
            discovered: number;
            imported: number;
            inserted: number;
            moved: number;
            updated: number;
        };
        ImportGlossaryInput: {
            items: components["schemas"]["GlossaryTermInput"][];
        };
        ImportGlossaryResult: {
            created: number;
            unchanged: number;
            updated: number;
        };
        Journey: {
            edges: {
                allowed: boolean;
                from: string;
                observed30d: number;
                to: string;
            }[];
            states: {
                key: string;
                members: number;
                name: string;
                paused: boolean;
                workflowIds: string[];
            }[];
            workflows: {
                /** @enum {string|null} */
                channel: "email" | "sms" | "push" | "in_app" | "direct_mail" | "phone" | null;
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                platform: "braze" | "hubspot" | "customerio" | "iterable" | "salesforce" | "other";
                /** @enum {string} */
                status: "active" | "paused" | "archived" | "discovered";
            }[];
        };
        LintFinding: {
            end: number;
            /** @enum {string} */
            kind: "retired";
            match: string;
            start: number;
            suggestions: string[];
            term: string;
        };
        LintInput: {
            /** @description At most 100 kB as UTF-8 */
            text: string;
        };
        LintResult: {
            findings: components["schemas"]["LintFinding"][];
        };
        Live: {
            /** @enum {string} */
            status: "ok";
        };
        MarkReviewedInput: {
            note: string;
        };
        MembershipRefreshResult: {
            checked: number;
            moved: number;
            transitions: {
                [key: string]: number;
            };
        };
        OutcomesInput: {
            events: {
                /** Format: date-time */
                at: string;
                campaignId?: string;
                contactId: string;
                eventId: string;
                /** @enum {string} */
                type: "delivered" | "opened" | "clicked" | "converted" | "unsubscribed" | "complained";
                workflow?: components["schemas"]["WorkflowRef"];
            }[];
        };
        OutcomesResult: {
            accepted: number;
            duplicates: number;
        };
        OverrideAttempt: {
            actor: string | null;
            at: string;
            campaignId: string | null;
            /** Format: uuid */
            id: string;
            reason: string | null;
            segmentKey: string | null;
            target: string | null;
            team: string | null;
            /** @enum {string} */
            via: "override_endpoint" | "check_flag" | "ui";
        };
        OverrideAttemptInput: {
            /** Format: uuid */
            campaignId?: string;
            reason: string;
            segmentKey?: string;
        };
        OverrideAttemptRecorded: {
            /** Format: uuid */
            id: string;
            protocol: string;
            /** @enum {boolean} */
            recorded: true;
        };
        OverrideInput: {
            reason?: string;
            target?: string;
        };
        OwnerSummary: {
            owner: {
                email: string;
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
        };
        PauseViolation: {
            campaignId: string | null;
            channel: string;
            contactId: string;
            /** Format: uuid */
            id: string;
            resolutionNote: string | null;
            segment: string;
            sentAt: string;
            source: string;
            /** @enum {string} */
            status: "open" | "acknowledged" | "resolved";
        };
        Pilot: {
            cohort: {
                control: number;
                pilot: number;
            };
            eligible: number;
            endedAt: string | null;
            /** @enum {string|null} */
            endReason: "expired" | "stopped" | "approved" | "rejected" | "withdrawn" | "edited" | null;
            endsAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            proposalId: string;
            proposalRevision: number;
            segmentKey: string;
            share: number;
            startedBy: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            startsAt: string;
            /** @enum {string} */
            status: "running" | "ended";
        };
        PilotNote: {
            at: string;
            author: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            body: string;
            findings: number;
            /** Format: uuid */
            id: string;
        };
        PilotNoteInput: {
            body: string;
        };
        PilotNotes: {
            items: components["schemas"]["PilotNote"][];
        };
        PilotReadout: {
            cohorts: {
                control: {
                    complaints: number;
                    conversions: number;
                    rates: {
                        complaint: number;
                        conversion: number;
                        unsubscribe: number;
                    };
                    reached: number;
                    sends: number;
                    size: number;
                    unsubscribes: number;
                };
                pilot: {
                    complaints: number;
                    conversions: number;
                    rates: {
                        complaint: number;
                        conversion: number;
                        unsubscribe: number;
                    };
                    reached: number;
                    sends: number;
                    size: number;
                    unsubscribes: number;
                };
            };
            metrics: {
                difference: number;
                interval: {
                    high: number;
                    low: number;
                };
                /** @enum {string} */
                metric: "conversion" | "unsubscribe" | "complaint";
                neededPerCohort: number;
                reachedPerCohort: number;
                summary: string;
                /** @enum {string} */
                verdict: "too_early" | "no_difference" | "pilot_better" | "pilot_worse";
            }[];
            pilot: components["schemas"]["Pilot"];
            summary: string;
        };
        Proposal: {
            approvedVersion: number | null;
            backlogItem: {
                id: string;
                title: string;
            } | null;
            baseDefinition: components["schemas"]["SegmentDefinition"] & (Record<string, never> | null);
            baseVersion: number | null;
            canDecide: boolean;
            createdAt: string;
            currentVersion: number | null;
            decidedAt: string | null;
            decidedBy: components["schemas"]["UserRef"] & (Record<string, never> | null);
            decisionNote: string | null;
            definition: components["schemas"]["SegmentDefinition"];
            exceptionId: string | null;
            fairness: {
                attributes: {
                    name: string;
                    /** @enum {string} */
                    sensitivity: "none" | "personal" | "special_category";
                }[];
                note: string | null;
            };
            followUpDue: string | null;
            followUpOutcome: string | null;
            id: string;
            impactAtApproval: components["schemas"]["ImpactPreview"] & (Record<string, never> | null);
            /** @enum {string} */
            kind: "create" | "update" | "retire";
            proposer: components["schemas"]["UserRef"];
            rationale: string;
            rationaleFindings: number;
            revision: number;
            segmentKey: string;
            /** @enum {string} */
            status: "open" | "approved" | "rejected" | "withdrawn";
            updatedAt: string;
        };
        ProposalPilots: {
            items: components["schemas"]["Pilot"][];
        };
        Queued: {
            /** @enum {boolean} */
            queued: true;
        };
        RecordFollowUpInput: {
            checkpoint: 7 | 30 | 90;
            note: string;
            /** @enum {string} */
            outcome: "kept" | "adjust" | "revert";
        };
        RejectInput: {
            rationale: string;
        };
        RejectUserChangeInput: {
            reason: string;
        };
        RequestSendResult: {
            breakdown: {
                count: number;
                explanation: string;
                label: string;
                /** @enum {string} */
                reason: "actor_onboarding" | "actor_is_owner" | "unknown_contact" | "segment_paused" | "not_in_target_segment" | "approval_required" | "frequency_cap" | "no_consent";
                segment: string | null;
                segmentName: string | null;
            }[];
            contactCount: number;
            requestIds: string[];
            summary: {
                allowed: number;
                blocked: number;
                byReason: {
                    [key: string]: number;
                };
            };
        };
        ResolveViolationInput: {
            note: string;
        };
        Review: {
            actions: {
                assignee: {
                    id: string;
                    name: string;
                } | null;
                at: string;
                createdBy: {
                    id: string;
                    name: string;
                };
                description: string;
                due: string | null;
                findings: number;
                id: number;
                /** @enum {string} */
                item: "pauseViolations" | "dwellAnomalies" | "suppressedVolume" | "exceptionRequests" | "pressure";
            }[];
            agenda: components["schemas"]["ReviewAgenda"];
            completedAt: string | null;
            completedBy: {
                id: string;
                name: string;
            } | null;
            month: string;
            notes: {
                at: string;
                author: {
                    id: string;
                    name: string;
                };
                body: string;
                findings: number;
                id: number;
                /** @enum {string} */
                item: "pauseViolations" | "dwellAnomalies" | "suppressedVolume" | "exceptionRequests" | "pressure";
                /** @enum {string} */
                kind: "note" | "correction";
            }[];
            /** @enum {string} */
            status: "open" | "completed";
            timerStartedAt: string | null;
            timerStartedBy: {
                id: string;
                name: string;
            } | null;
        };
        ReviewActionInput: {
            /** Format: uuid */
            assigneeId?: string;
            description: string;
            /** Format: date */
            due?: string;
            /** @enum {string} */
            item: "pauseViolations" | "dwellAnomalies" | "suppressedVolume" | "exceptionRequests" | "pressure";
        };
        ReviewAgenda: {
            dwellAnomalies: {
                flaggedCount: number;
                outsideShareThreshold: number;
                segments: {
                    current: {
                        ended: number;
                        endedMedian: number | null;
                        histogram: {
                            days: number;
                            ended: number;
                            open: number;
                        }[];
                        median: number | null;
                        open: number;
                        p25: number | null;
                        p75: number | null;
                        shareAbove: number;
                        shareBelow: number;
                        stays: number;
                    };
                    expected: {
                        max: number;
                        min: number;
                    };
                    flags: ("median_below" | "median_above" | "share_outside")[];
                    key: string;
                    name: string;
                    previous: {
                        median: number | null;
                        month: string;
                        stays: number;
                    }[];
                    version: number;
                }[];
                transitions: {
                    count: number;
                    items: {
                        allowed: string[];
                        count: number;
                        from: string;
                        fromVersion: number;
                        to: string;
                    }[];
                };
            };
            exceptionRequests: {
                byOutcome: {
                    approved: number;
                    logic_review: number;
                    rejected: number;
                    withdrawn: number;
                };
                items: {
                    id: string;
                    /** @enum {string} */
                    outcome: "withdrawn" | "logic_review" | "approved" | "rejected";
                    proposalId: string | null;
                    requester: string;
                    riskCategory: string | null;
                    segment: string | null;
                    submittedAt: string;
                }[];
                total: number;
            };
            pauseViolations: {
                count: number;
                items: components["schemas"]["PauseViolation"][];
                /** @enum {number} */
                target: 0;
            };
            pressure: {
                answer: string | null;
                bySegment: {
                    count: number;
                    key: string | null;
                }[];
                byTeam: {
                    count: number;
                    key: string | null;
                }[];
                overrideAttempts: number;
                people: {
                    actor: string;
                    count: number;
                    team: string | null;
                }[] | null;
            };
            suppressedVolume: {
                items: {
                    count: number;
                    /** @enum {string} */
                    reason: "actor_onboarding" | "actor_is_owner" | "unknown_contact" | "segment_paused" | "not_in_target_segment" | "approval_required" | "frequency_cap" | "no_consent";
                    segment: string | null;
                    weekStart: string;
                }[];
                lastMonthTotal: number;
                segmentUnsafeAttempts: number;
                total: number;
            };
        };
        ReviewNoteInput: {
            body: string;
            /** @enum {string} */
            item: "pauseViolations" | "dwellAnomalies" | "suppressedVolume" | "exceptionRequests" | "pressure";
            /** @enum {string} */
            kind?: "note" | "correction";
        };
        ReviewSummary: {
            completedAt: string | null;
            completedBy: {
                id: string;
                name: string;
            } | null;
            headline: {
                disallowedTransitions: number;
                dwellAnomalies: number;
                exceptionRequests: number;
                overrideAttempts: number;
                pauseViolations: number;
                suppressed: number;
            };
            month: string;
            /** @enum {string} */
            status: "open" | "completed";
        };
        SaveChecklistInput: {
            items: {
                checked: boolean;
                /** @enum {string} */
                key: "workflow_inventory" | "criteria_documented" | "branching_workflow" | "quarterly_review" | "data_source_onboarding" | "segment_gates" | "small_segment_test" | "monitoring_per_segment" | "monthly_meeting" | "priority_rules";
                /** @default  */
                note: string;
            }[];
            revision: number;
        };
        SaveExceptionDraftInput: {
            /** @enum {string} */
            step: "segment" | "risk" | "protocol" | "review";
            values: {
                /** Format: uuid */
                campaignId?: string;
                proposal?: {
                    definition?: unknown;
                    rationale?: string;
                };
                /** @enum {string} */
                protocol?: "logic_review" | "withdraw";
                /** @enum {string} */
                riskCategory?: "increases_hesitation" | "erodes_trust" | "message_fatigue" | "bypasses_consent" | "other";
                riskStatement?: string;
                segmentKey?: string;
            };
        };
        SegmentDefinition: {
            /** @enum {string} */
            approval: "none" | "owner";
            criteria: components["schemas"]["Criteria"];
            /** @default  */
            description: string;
            expectedDwellDays: {
                max: number;
                min: number;
            };
            name: string;
            pause: {
                /** @default true */
                allowCustomerInitiated: boolean;
                /** @default [] */
                allowedChannels: ("email" | "sms" | "push" | "in_app" | "direct_mail" | "phone")[];
                paused: boolean;
            };
            priority: number;
            transitions: string[];
        };
        SegmentDetail: {
            current: components["schemas"]["SegmentVersion"];
            description: string;
            key: string;
            memberCount: number;
            name: string;
            review: components["schemas"]["SegmentReviewState"];
            /** @enum {string} */
            status: "active" | "retired";
        };
        SegmentFigures: {
            complete: boolean;
            from: string;
            medianDwellDays: number | null;
            members: number;
            movesOutsideTransitions: number;
            segmentKey: string;
            suppressed: number;
            to: string;
            violations: number;
        };
        SegmentHealth: {
            bands: {
                complaint: {
                    baselineWeeks: number;
                    high: number;
                    low: number;
                    median: number;
                } | null;
                unsubscribe: {
                    baselineWeeks: number;
                    high: number;
                    low: number;
                    median: number;
                } | null;
            };
            drift: {
                drifting: boolean;
                findings: {
                    high: number;
                    low: number;
                    /** @enum {string} */
                    metric: "unsubscribe" | "complaint";
                    rate: number;
                    weekStart: string;
                }[];
                metrics: ("unsubscribe" | "complaint")[];
                summary: string;
            };
            method: {
                baselineWeeks: number;
                judgedWeeks: number;
                minDelivered: number;
            };
            segmentKey: string;
            weeks: {
                complained: number;
                complaintRate: number | null;
                delivered: number;
                enoughVolume: boolean;
                sends: number;
                unsubscribed: number;
                unsubscribeRate: number | null;
                weekStart: string;
            }[];
        };
        SegmentReview: {
            nextDue: string;
            note: string;
            noteFindings: number;
            reviewedAt: string;
            reviewedBy: string;
            version: number;
        };
        SegmentReviewState: {
            /** @enum {string} */
            cadence: "quarterly" | "yearly";
            dueOn: string;
            lastNote: string | null;
            lastReviewedAt: string | null;
            lastReviewedBy: string | null;
            /** @enum {string} */
            state: "ok" | "due" | "overdue";
        } | null;
        SegmentSummary: {
            key: string;
            memberCount: number;
            name: string;
            paused: boolean;
            priority: number;
            review: components["schemas"]["SegmentReviewState"];
            /** @enum {string} */
            status: "active" | "retired";
            version: number;
        };
        SegmentVersion: {
            /** @enum {string} */
            approval: "none" | "owner";
            approvedAt: string;
            approvedBy: string | null;
            criteria: components["schemas"]["Criteria"];
            description: string;
            expectedDwellDays: {
                max: number;
                min: number;
            };
            name: string;
            pause: {
                allowCustomerInitiated: boolean;
                allowedChannels: ("email" | "sms" | "push" | "in_app" | "direct_mail" | "phone")[];
                paused: boolean;
            };
            priority: number;
            proposalId: string | null;
            proposedBy: string | null;
            rationale: string | null;
            /** @enum {string} */
            status: "active" | "retired";
            transitions: string[];
            version: number;
        };
        SendsInput: {
            events: {
                /** Format: uuid */
                campaignId?: string;
                /** @enum {string} */
                channel: "email" | "sms" | "push" | "in_app" | "direct_mail" | "phone";
                contactId: string;
                customerInitiated?: boolean;
                eventId: string;
                /** Format: date-time */
                sentAt: string;
                source: string;
                workflow?: components["schemas"]["WorkflowRef"];
            }[];
        };
        SendsResult: {
            accepted: number;
            duplicates: number;
            violations: string[];
        };
        Session: {
            user: components["schemas"]["SessionUser"];
        };
        SessionUser: {
            email: string;
            /** Format: uuid */
            id: string;
            name: string;
            onboardingUntil: string;
            roles: ("owner" | "operations" | "marketer" | "viewer" | "admin")[];
            startedAt: string;
            team: string;
        };
        SettingDecisionResult: {
            proposal: components["schemas"]["SettingProposal"];
            setting: {
                inForce: boolean;
                /** @enum {string} */
                key: "frequency_cap" | "onboarding_days" | "consent_mapping" | "segment_frequency_cap";
                value: {
                    max: number;
                    windowDays: number;
                } | number | components["schemas"]["ConsentMapping"] | {
                    max: number | null;
                    segment: string;
                };
            };
        };
        SettingProposal: {
            baseChanged: boolean;
            canDecide: boolean;
            createdAt: string;
            decidedAt: string | null;
            decidedBy: components["schemas"]["UserRef"] & (Record<string, never> | null);
            decisionNote: string | null;
            /** Format: uuid */
            id: string;
            inForce: {
                max: number;
                windowDays: number;
            } | number | components["schemas"]["ConsentMapping"] | {
                max: number | null;
                segment: string;
            };
            /** @enum {string} */
            kind: "setting";
            proposer: components["schemas"]["UserRef"];
            rationale: string;
            rationaleFindings: number;
            revision: number;
            /** @enum {string} */
            settingKey: "frequency_cap" | "onboarding_days" | "consent_mapping" | "segment_frequency_cap";
            /** @enum {string} */
            status: "open" | "approved" | "rejected" | "withdrawn";
            value: {
                max: number;
                windowDays: number;
            } | number | components["schemas"]["ConsentMapping"] | {
                max: number | null;
                segment: string;
            };
        };
        SignInInput: {
            /** Format: email */
            email: string;
            password: string;
        };
        StartPilotInput: {
            durationDays: number;
            /** @default 5 */
            share: number;
        };
        StopPilotInput: {
            note?: string;
        };
        SuppressedVolume: {
            items: {
                count: number;
                /** @enum {string} */
                reason: "actor_onboarding" | "actor_is_owner" | "unknown_contact" | "segment_paused" | "not_in_target_segment" | "approval_required" | "frequency_cap" | "no_consent";
                segment: string | null;
                weekStart: string;
            }[];
            month: string;
            total: number;
        };
        UpdateAttributeInput: {
            definition?: string;
            /** Format: uuid */
            ownerId?: string;
            /** @enum {string} */
            sensitivity?: "none" | "personal" | "special_category";
            source?: string;
            /** @enum {string} */
            type?: "number" | "string" | "boolean" | "date" | "array";
        };
        UpdateBacklogItemInput: {
            effort?: number;
            goal?: string;
            rationale?: string;
            segments?: string[];
            /** @enum {string} */
            status?: "intake" | "ranked" | "in_proposal" | "done" | "declined";
            title?: string;
            /** @enum {string} */
            urgency?: "low" | "medium" | "high";
            value?: number;
            workflows?: string[];
        };
        UpdateGlossaryTermInput: {
            definition?: string | null;
            /** @default [] */
            examples: string[];
            /** @enum {string} */
            kind?: "retired" | "promoted";
            phrase?: string;
            reason?: string | null;
            /** @default [] */
            replacements: string[];
        };
        UpdateProposalInput: {
            baseVersion?: number;
            definition?: components["schemas"]["SegmentDefinition"];
            rationale?: string;
        };
        UpdateUserInput: {
            active?: boolean;
            name?: string;
            roles?: ("owner" | "operations" | "marketer" | "viewer" | "admin")[];
            /** Format: date */
            startedAt?: string;
            team?: string;
        };
        UpdateWebhookInput: {
            description?: string;
            enabled?: boolean;
            events?: ("proposal.opened" | "proposal.decided" | "violation.detected" | "override.refused" | "exception.filed" | "review.completed" | "follow_up.due" | "workflow.ungated" | "segment.drift")[];
            url?: string;
        };
        UpsertContactsInput: {
            contacts: {
                /** @description At most 200 attributes, keys up to 100 characters, each value up to 10,000 characters as JSON with objects and arrays nested at most 5 deep, 50,000 characters as JSON in all; no NUL or lone surrogate in keys or text, no __proto__ key. */
                attributes: {
                    [key: string]: unknown;
                };
                id: string;
            }[];
        };
        UpsertContactsResult: {
            discovered: number;
            moved: number;
            upserted: number;
        };
        UpsertWorkflowsInput: {
            workflows: components["schemas"]["WorkflowInput"][];
        };
        UpsertWorkflowsResult: {
            created: number;
            unchanged: number;
            updated: number;
        };
        User: {
            active: boolean;
            email: string;
            /** Format: uuid */
            id: string;
            name: string;
            onboardingUntil: string;
            pendingRoles: ("owner" | "operations" | "marketer" | "viewer" | "admin")[];
            pendingStartedAt: string | null;
            roles: ("owner" | "operations" | "marketer" | "viewer" | "admin")[];
            startedAt: string;
            team: string;
        };
        UserChange: {
            canConfirm: boolean;
            /** @enum {string|null} */
            cannotConfirmBecause: "own_change" | "own_account" | "forbidden" | "stand_in" | "not_pending" | null;
            canWithdraw: boolean;
            /** @enum {string} */
            confirmers: "owner_or_admin" | "owner" | "operations";
            decidedAt: string | null;
            decidedBy: {
                email: string;
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "role_grant" | "start_date";
            note: string | null;
            previousStartedAt: string | null;
            proposedAt: string;
            proposedBy: {
                email: string;
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** @enum {string|null} */
            role: "owner" | "operations" | "marketer" | "viewer" | "admin" | null;
            startedAt: string | null;
            /** @enum {string} */
            status: "pending" | "confirmed" | "rejected" | "withdrawn" | "cancelled";
            user: {
                email: string;
                /** Format: uuid */
                id: string;
                name: string;
            };
        };
        UserRef: {
            id: string;
            name: string;
        };
        WebhookDelivery: {
            attemptLog: {
                at: string;
                durationMs: number;
                error: string | null;
                statusCode: number | null;
            }[];
            attempts: number;
            createdAt: string;
            /** @description The webhook-id header: the same on every attempt and redelivery */
            eventId: string;
            eventKind: string;
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            lastDurationMs: number | null;
            lastError: string | null;
            lastStatusCode: number | null;
            nextAttemptAt: string | null;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
        };
        WebhookEndpoint: {
            counts: {
                delivered: number;
                failed: number;
                pending: number;
            };
            createdAt: string;
            createdBy: string;
            description: string;
            disabledAt: string | null;
            /** @description Why the endpoint stopped receiving events */
            disabledReason: string | null;
            enabled: boolean;
            events: ("proposal.opened" | "proposal.decided" | "violation.detected" | "override.refused" | "exception.filed" | "review.completed" | "follow_up.due" | "workflow.ungated" | "segment.drift")[];
            /** @description The first failure since the last success */
            failingSince: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "standard" | "slack";
            previousSecretUntil: string | null;
            url: string;
        };
        WebhookSecret: {
            /** Format: uuid */
            id: string;
            /** @description whsec_…: verify signatures with it; shown once */
            secret: string;
        };
        Workflow: {
            actions: {
                action: string;
                segmentKey: string;
            }[];
            audience: string[];
            /** @enum {string|null} */
            channel: "email" | "sms" | "push" | "in_app" | "direct_mail" | "phone" | null;
            createdAt: string;
            externalId: string;
            gate: components["schemas"]["WorkflowGate"];
            goal: string;
            /** Format: uuid */
            id: string;
            name: string;
            owner: {
                email: string;
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** @enum {string} */
            platform: "braze" | "hubspot" | "customerio" | "iterable" | "salesforce" | "other";
            /** @enum {string} */
            status: "active" | "paused" | "archived" | "discovered";
            trigger: string;
            updatedAt: string;
        };
        WorkflowConflict: {
            /** @enum {string|null} */
            channel: "email" | "sms" | "push" | "in_app" | "direct_mail" | "phone" | null;
            /** @enum {string} */
            kind: "overlap" | "paused_target" | "silence_broken";
            segmentKey: string;
            workflowIds: string[];
        };
        WorkflowGaps: {
            overlaps: components["schemas"]["WorkflowConflict"][];
            total: number;
            ungated: {
                lastCheckAt: string | null;
                name: string;
                /** @enum {string} */
                platform: "braze" | "hubspot" | "customerio" | "iterable" | "salesforce" | "other";
                ungatedSends30d: number;
                /** Format: uuid */
                workflowId: string;
            }[];
            unusedSegments: {
                name: string;
                segmentKey: string;
            }[];
            violating: {
                name: string;
                open: number;
                /** @enum {string} */
                platform: "braze" | "hubspot" | "customerio" | "iterable" | "salesforce" | "other";
                violations30d: number;
                /** Format: uuid */
                workflowId: string;
            }[];
            withoutSegment: {
                name: string;
                /** @enum {string} */
                platform: "braze" | "hubspot" | "customerio" | "iterable" | "salesforce" | "other";
                /** @enum {string} */
                status: "active" | "paused" | "archived" | "discovered";
                /** Format: uuid */
                workflowId: string;
            }[];
        };
        WorkflowGate: {
            checks30d: number;
            lastCheckAt: string | null;
            sends30d: number;
            /** @enum {string} */
            status: "gated" | "ungated" | "unknown";
            ungatedSends30d: number;
        };
        WorkflowInput: {
            /** @default [] */
            actions: {
                action: string;
                segmentKey: string;
            }[];
            /** @default [] */
            audience: string[];
            /** @enum {string} */
            channel: "email" | "sms" | "push" | "in_app" | "direct_mail" | "phone";
            externalId: string;
            /** @default  */
            goal: string;
            name: string;
            /**
             * Format: email
             * @default null
             */
            owner: string | null;
            /** @enum {string} */
            platform: "braze" | "hubspot" | "customerio" | "iterable" | "salesforce" | "other";
            /**
             * @default active
             * @enum {string}
             */
            status: "active" | "paused" | "archived";
            /** @default  */
            trigger: string;
        };
        WorkflowMatrix: {
            cells: {
                action: string | null;
                blocked30d: number;
                inAudience: boolean;
                segmentKey: string;
                sends30d: number;
                /** Format: uuid */
                workflowId: string;
            }[];
            conflicts: components["schemas"]["WorkflowConflict"][];
            segmentInfo: {
                key: string;
                name: string;
                paused: boolean;
            }[];
            segments: string[];
            workflowInfo: {
                /** @enum {string|null} */
                channel: "email" | "sms" | "push" | "in_app" | "direct_mail" | "phone" | null;
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                platform: "braze" | "hubspot" | "customerio" | "iterable" | "salesforce" | "other";
                /** @enum {string} */
                status: "active" | "paused" | "archived" | "discovered";
            }[];
            workflows: string[];
        };
        WorkflowRef: {
            externalId: string;
            /** @enum {string} */
            platform: "braze" | "hubspot" | "customerio" | "iterable" | "salesforce" | "other";
        };
        WorkflowsPage: {
            items: components["schemas"]["Workflow"][];
            nextCursor?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
