import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { type Resolver, useForm } from 'react-hook-form';
import type { Campaign } from '#domain/schemas/campaigns';
import { ApproveCampaignInput, DeclineCampaignInput } from '#domain/schemas/campaigns';
import { Button } from '#src/components/ui/button';
import { Dialog } from '#src/components/ui/dialog';
import { Notice } from '#src/components/ui/notice';
import { applyServerErrors } from '#src/lib/form-errors';
import { LintedFormField } from '#src/shared/linted-text/linted-form-field';
import { useApproveCampaign } from '../api/approve-campaign';
import { useDeclineCampaign } from '../api/decline-campaign';

export type Decision = 'approve' | 'decline';
type Props = { campaign: Campaign | null; decision: Decision; onClose: () => void };

/** The owner approves a campaign for the target's current version, or declines it and says why. */
export function CampaignDecisionDialog({ campaign, decision, onClose }: Props) {
  const title = campaign ? `${decision === 'approve' ? 'Approve' : 'Decline'} “${campaign.name}”` : '';
  return (
    <Dialog
      open={campaign !== null}
      onOpenChange={(o) => !o && onClose()}
      title={title}
      description={
        decision === 'approve'
          ? `The approval holds for ${campaign?.targetSegmentName ?? 'the segment'} version ${campaign?.currentVersion ?? ''}; a new version needs a new approval.`
          : 'Say why, so the marketer can adjust the campaign or take it to the exception protocol.'
      }
    >
      {campaign ? <DecisionForm campaign={campaign} decision={decision} onDone={onClose} /> : null}
    </Dialog>
  );
}

type Values = { note?: string };

function DecisionForm({ campaign, decision, onDone }: { campaign: Campaign; decision: Decision; onDone: () => void }) {
  const approve = useApproveCampaign();
  const decline = useDeclineCampaign();
  const schema = decision === 'approve' ? ApproveCampaignInput.pick({ note: true }) : DeclineCampaignInput;
  const form = useForm<Values>({
    resolver: zodResolver(schema) as unknown as Resolver<Values>,
    defaultValues: { note: '' },
  });
  const [formError, setFormError] = useState<string | null>(null);
  const submit = form.handleSubmit(async ({ note }) => {
    setFormError(null);
    try {
      if (decision === 'approve') {
        // What the owner has on screen: approving a campaign retargeted or re-versioned since is refused.
        const reviewed = { segment: campaign.targetSegment ?? '', version: campaign.currentVersion ?? 0 };
        await approve.mutateAsync({ id: campaign.id, ...reviewed, note: note || undefined });
      } else await decline.mutateAsync({ id: campaign.id, note: note ?? '' });
      onDone();
    } catch (err) {
      setFormError(applyServerErrors(err, form.setError, ['note']));
    }
  });
  return (
    <form className="stack" noValidate onSubmit={submit}>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <LintedFormField
        control={form.control}
        name="note"
        label={decision === 'approve' ? 'Note (optional)' : 'Why it is declined'}
        rows={3}
        maxLength={2000}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {decision === 'approve' ? 'Approve' : 'Decline'}
        </Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
