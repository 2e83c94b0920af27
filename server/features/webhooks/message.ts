import type { EventData } from '#server/core/events';

/** An outbox event as stored: `{type, timestamp, data, path}`. */
export type StoredPayload = { type: string; timestamp: string; data: Record<string, unknown>; path: string };

/** The link back to the page in Charter the event is about. */
export const linkOf = (appUrl: string, p: StoredPayload) => `${appUrl.replace(/\/$/, '')}${p.path}`;

/** The JSON a standard endpoint receives: the event with its link (docs/webhooks.md, "Events"). */
export function standardBody(p: StoredPayload, appUrl: string): string {
  return JSON.stringify({ type: p.type, timestamp: p.timestamp, data: { ...p.data, url: linkOf(appUrl, p) } });
}

/** Slack's mrkdwn treats these three as markup; anything a user wrote is escaped. */
const esc = (s: unknown) =>
  String(s ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

type Summary = { title: string; lines: string[] };

/** One sentence or two per event, in the product's words; never names who tried an override. */
function summarise(p: StoredPayload): Summary {
  const d = p.data as never;
  switch (p.type) {
    case 'proposal.opened': {
      const e = d as EventData['proposal.opened'];
      const phrase =
        e.change === 'create'
          ? 'A new segment'
          : e.change === 'retire'
            ? 'Retiring segment'
            : e.segmentKey
              ? 'A change to segment'
              : 'A change to setting';
      return {
        title: 'Change proposal opened',
        lines: [`${phrase} *${esc(e.segmentKey ?? e.settingKey)}* was proposed by ${esc(e.proposedBy)}.`],
      };
    }
    case 'proposal.decided': {
      const e = d as EventData['proposal.decided'];
      const what = e.segmentKey ? `segment *${esc(e.segmentKey)}*` : `setting *${esc(e.settingKey)}*`;
      const version = e.version ? ` (now version ${e.version})` : '';
      return {
        title: `Change proposal ${e.decision}`,
        lines: [`The change to ${what} was ${e.decision} by ${esc(e.decidedBy)}${version}.`],
      };
    }
    case 'violation.detected': {
      const e = d as EventData['violation.detected'];
      const sources = [...new Set(e.violations.map((v) => v.source))].map(esc).join(', ');
      const segments = [...new Set(e.violations.map((v) => v.segmentKey))].map(esc).join(', ');
      return {
        title: `Pause violation${e.count === 1 ? '' : 's'} detected`,
        lines: [
          `${e.count} send${e.count === 1 ? '' : 's'} reached a paused segment (${segments}), reported by ${sources}.`,
        ],
      };
    }
    case 'override.refused': {
      const e = d as EventData['override.refused'];
      const where = e.segmentKey ? ` for segment *${esc(e.segmentKey)}*` : '';
      const team = e.team ? ` from team ${esc(e.team)}` : '';
      return {
        title: 'Override refused',
        lines: [`An override${where}${team} was refused and recorded. There is no send-once path.`],
      };
    }
    case 'exception.filed': {
      const e = d as EventData['exception.filed'];
      const outcome = e.outcome === 'withdrawn' ? 'withdrawn: the system working' : 'sent to logic review';
      return { title: 'Exception request filed', lines: [`A request about *${esc(e.segmentKey)}* was ${outcome}.`] };
    }
    case 'review.completed': {
      const e = d as EventData['review.completed'];
      return {
        title: `Monthly review ${esc(e.month)} completed`,
        lines: [
          `Completed by ${esc(e.completedBy)}; ${e.pauseViolations} pause violation${e.pauseViolations === 1 ? '' : 's'}.`,
        ],
      };
    }
    case 'follow_up.due': {
      const e = d as EventData['follow_up.due'];
      return {
        title: 'Follow-up due',
        lines: [`The approved change to *${esc(e.segmentKey)}* is due for its follow-up (${esc(e.followUpDue)}).`],
      };
    }
    case 'workflow.ungated': {
      const e = d as EventData['workflow.ungated'];
      return {
        title: 'Workflow sends without asking the firewall',
        lines: [
          `*${esc(e.name)}* (${esc(e.platform)}) sent ${e.ungatedSends} message${e.ungatedSends === 1 ? '' : 's'} no check preceded.`,
        ],
      };
    }
    case 'segment.drift': {
      const e = d as EventData['segment.drift'];
      return { title: `Segment ${e.segmentKey} left its usual band`, lines: [esc(e.summary)] };
    }
    default:
      return {
        title: 'Test event from Charter',
        lines: [esc((p.data as { message?: string }).message ?? 'This endpoint receives Charter events.')],
      };
  }
}

/** A Slack incoming-webhook message in Block Kit, with a button back to the page in Charter. */
export function slackBody(p: StoredPayload, appUrl: string): string {
  const { title, lines } = summarise(p);
  const url = linkOf(appUrl, p);
  return JSON.stringify({
    text: `${title}: ${lines.join(' ')}`,
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: title.slice(0, 150) } },
      { type: 'section', text: { type: 'mrkdwn', text: lines.join('\n').slice(0, 3000) } },
      {
        type: 'actions',
        elements: [{ type: 'button', text: { type: 'plain_text', text: 'Open in Charter' }, url }],
      },
      { type: 'context', elements: [{ type: 'mrkdwn', text: `\`${esc(p.type)}\` · ${esc(p.timestamp)}` }] },
    ],
  });
}
