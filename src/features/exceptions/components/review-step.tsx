import { useFormContext } from 'react-hook-form';
import { Link } from 'react-router';
import { RISK_LABELS } from '#domain/exceptions/terms';
import type { SegmentDetail } from '#domain/schemas/segments';
import { DefinitionDiff } from '#src/shared/segment-definition/definition-diff';
import type { WizardValues } from '../utils/wizard-steps';

type Props = {
  segment: SegmentDetail | undefined;
  campaignName: string | undefined;
  /** The link to a step, keeping the rest of the wizard's address. */
  hrefOf: (step: 'segment' | 'risk' | 'protocol') => string;
};

/** Step 4: the three answers side by side before anything is filed. */
export function ReviewStep({ segment, campaignName, hrefOf }: Props) {
  const { getValues } = useFormContext<WizardValues>();
  const v = getValues();
  return (
    <div className="stack">
      <p>Check the three steps. Filing records the request; nothing is sent either way.</p>
      <section className="card" aria-labelledby="review-segment">
        <h3 id="review-segment">1. The segment</h3>
        <p>
          {segment ? `${segment.name} (${segment.key}), version ${segment.current.version}` : v.segmentKey}
          {campaignName ? ` — for the campaign “${campaignName}”` : ''}
        </p>
        <Link to={hrefOf('segment')}>Change the segment</Link>
      </section>
      <section className="card" aria-labelledby="review-risk">
        <h3 id="review-risk">2. The risk</h3>
        <p>
          <strong>{v.riskCategory ? RISK_LABELS[v.riskCategory] : ''}</strong>
        </p>
        <blockquote className="exc-quote">{v.riskStatement}</blockquote>
        <Link to={hrefOf('risk')}>Change the risk</Link>
      </section>
      <section className="card" aria-labelledby="review-protocol">
        <h3 id="review-protocol">3. The protocol</h3>
        {v.protocol === 'withdraw' ? (
          <p>The segment is right: withdraw the request. It closes as withdrawn, and the segment logic holds.</p>
        ) : (
          <>
            <p>The segment logic is wrong: propose a logic review for the segmentation owner to decide.</p>
            {segment && v.proposal.definition ? (
              <DefinitionDiff
                before={segment.current}
                after={v.proposal.definition}
                beforeLabel={`Version ${segment.current.version} (now)`}
                afterLabel="Proposed"
              />
            ) : null}
            <p className="muted">Evidence of readiness:</p>
            <blockquote className="exc-quote">{v.proposal.rationale}</blockquote>
          </>
        )}
        <Link to={hrefOf('protocol')}>Change the choice</Link>
      </section>
    </div>
  );
}
