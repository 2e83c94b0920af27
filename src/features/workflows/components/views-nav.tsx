import { NavLink } from 'react-router';

const VIEWS = [
  { to: '/workflows', label: 'Inventory' },
  { to: '/workflows/matrix', label: 'Matrix' },
  { to: '/workflows/gaps', label: 'Gap report' },
  { to: '/workflows/journey', label: 'Journey map' },
] as const;

/** The four views of the workflows area, the current one marked for screen readers too. */
export function WorkflowViewsNav() {
  return (
    <nav className="subnav" aria-label="Workflow views">
      {VIEWS.map((v) => (
        <NavLink key={v.to} to={v.to} end>
          {v.label}
        </NavLink>
      ))}
    </nav>
  );
}
