import { PageHeader } from '#src/components/ui/page-header';
import { ErrorState, Loading } from '#src/components/ui/states';
import { useJourney } from './api/get-journey';
import { JourneyDiagram } from './components/journey-diagram';
import { JourneyText } from './components/journey-text';
import { WorkflowViewsNav } from './components/views-nav';
import { layoutJourney } from './utils/journey-layout';
import './workflows.css';

const TEXT_ID = 'journey-in-words';

export default function JourneyPage() {
  const journey = useJourney();
  return (
    <>
      <PageHeader
        title="Journey map"
        description="The segment state machine: segments as states, allowed transitions as arrows weighted by the moves of the last 30 days, moves outside the list in red, and the workflows acting on each state."
      />
      <WorkflowViewsNav />
      {journey.isPending ? <Loading label="Loading the journey map…" /> : null}
      {journey.error ? <ErrorState error={journey.error} onRetry={() => journey.refetch()} /> : null}
      {journey.data ? (
        <>
          <section className="card" aria-label="Journey map diagram">
            <p className="journey-legend">
              <span className="legend-ok">Allowed transition</span> ·{' '}
              <span className="legend-off">Move no transition allows</span> · numbers are moves in the last 30 days ·{' '}
              <a href={`#${TEXT_ID}`}>Read it as text</a>
            </p>
            <JourneyDiagram layout={layoutJourney(journey.data)} describedBy={TEXT_ID} />
          </section>
          <JourneyText journey={journey.data} id={TEXT_ID} />
        </>
      ) : null}
    </>
  );
}
