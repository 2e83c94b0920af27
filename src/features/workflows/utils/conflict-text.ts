import type { Conflict } from '#domain/schemas/workflow-views';
import { channelName } from '#src/shared/labels/channel-name';

/** One plain sentence for a conflict, naming the workflows, the segment and the channel. */
export function conflictSentence(
  c: Conflict,
  workflowName: (id: string) => string,
  segmentName: (key: string) => string,
) {
  const names = c.workflowIds.map(workflowName);
  const segment = segmentName(c.segmentKey);
  const channel = c.channel ? channelName(c.channel) : 'its channel';
  switch (c.kind) {
    case 'overlap':
      return `${names.join(' and ')} all act on ${segment} by ${channel}: contacts there get both.`;
    case 'paused_target':
      return `${names[0]} acts on ${segment}, which is paused for ${channel}: the firewall holds those sends back.`;
    case 'silence_broken':
      return `${names[0]} is meant to stay silent for ${segment}, yet sent to contacts there in the last 30 days.`;
  }
}
