import type { Campaign } from '#domain/schemas/campaigns';
import { Button } from '#src/components/ui/button';
import { Notice } from '#src/components/ui/notice';
import { useRequestSend } from '../api/request-send';
import { SendOutcome } from './send-outcome';

/** "Request send" runs the firewall check over the target's members and shows the outcome by reason. */
export function SendPanel({ campaign }: { campaign: Campaign }) {
  const send = useRequestSend();
  const result = send.data && send.variables === campaign.id ? send.data : null;
  return (
    <section className="card" aria-labelledby="send-title">
      <div className="section-header">
        <h2 id="send-title">Send</h2>
        <Button
          variant="primary"
          busy={send.isPending}
          disabled={!campaign.targetSegment}
          onClick={() => send.mutate(campaign.id)}
        >
          {result ? 'Check again' : 'Request send'}
        </Button>
      </div>
      {campaign.targetSegment ? (
        <p className="muted">
          The firewall checks every member of {campaign.targetSegmentName ?? campaign.targetSegment} against its current
          segment’s logic. Held-back contacts are the system working.
        </p>
      ) : (
        <p className="muted">Choose a target segment before requesting a send.</p>
      )}
      {send.error ? <Notice tone="error">{send.error.message}</Notice> : null}
      {result ? <SendOutcome campaign={campaign} result={result} /> : null}
    </section>
  );
}
