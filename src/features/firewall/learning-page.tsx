import { Link } from 'react-router';
import { PageHeader } from '#src/components/ui/page-header';
import { LearningView } from '#src/shared/firewall-learning/learning-view';

/** Everyone may look; for someone in their first weeks this is where sending starts. */
export default function LearningPage() {
  return (
    <>
      <PageHeader
        title="Learning from the firewall"
        description={
          <>
            Held-back sends are the segment logic working. See what it held back recently, why, and how each segment
            stays silent. <Link to="/campaigns">Back to campaigns</Link>
          </>
        }
      />
      <LearningView />
    </>
  );
}
