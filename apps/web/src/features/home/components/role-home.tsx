import { ROLE_TITLES, type MeResponse, type Role } from '@signoff/contracts';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

const HOME_HEADINGS: Record<Role, string> = {
  admin: 'Admin home',
  assessor: 'Assessor home',
  iqa: 'IQA home',
  eqa: 'EQA home',
  learner: 'Learner home',
};

function RoleSection({ role }: { role: Role }) {
  switch (role) {
    case 'admin':
      return (
        <>
          <p>
            Add people to your centre, give them roles and issue password links from{' '}
            <Link to="/admin/users">Users</Link>.
          </p>
          <p>
            Add <Link to="/learners">learners</Link>, one by one or from a CSV file, and enrol them
            on qualifications. Every enrolment at your centre is under{' '}
            <Link to="/enrolments">Enrolments</Link>.
          </p>
          <p>
            Choose the short codes portfolios show for each assessment method under{' '}
            <Link to="/admin/method-codes">Assessment method codes</Link>.
          </p>
          <p>
            Choose when a learner counts as behind and how often progress is reviewed under{' '}
            <Link to="/admin/progress-settings">Progress settings</Link>.
          </p>
          <p>
            Background work that failed after every retry is listed under{' '}
            <Link to="/admin/jobs">Failed background jobs</Link>.
          </p>
        </>
      );
    case 'assessor':
      return (
        <p>
          Your <Link to="/caseload">caseload</Link> lists the enrolments you assess. Each
          enrolment’s page shows the learner’s portfolio and their units; a unit’s page is where you
          sign off its learning outcomes and the unit.
        </p>
      );
    case 'iqa':
      return (
        <p>
          <Link to="/sampling">Sampling</Link> lists the enrolments you verify. Sampling decisions
          arrive with verification in a coming release.
        </p>
      );
    case 'eqa':
      return (
        <p>
          You have read-only access for external quality assurance. The centre’s{' '}
          <Link to="/enrolments">enrolments</Link> are there to review.
        </p>
      );
    case 'learner':
      return (
        <p>
          <Link to="/my-qualification">Your qualification</Link> shows its units, learning outcomes
          and assessment criteria, and your plan of units. Add evidence of what you do to{' '}
          <Link to="/portfolio">your portfolio</Link>, map it to learning outcomes and submit it for
          assessment.
        </p>
      );
  }
}

export interface RoleHomeProps {
  me: MeResponse;
  /** What matters most to the person now, such as a learner's progress, shown first. */
  children?: ReactNode;
}

/** The home of each role the person holds; one role gets its home as the page heading. */
export function RoleHome({ me, children }: RoleHomeProps) {
  const single = me.roles.length === 1 ? me.roles[0] : undefined;

  return (
    <>
      <h1>{single ? HOME_HEADINGS[single] : 'Home'}</h1>
      <p className="lead">Hello, {me.displayName}.</p>
      {children}

      <section aria-labelledby="your-roles" className="card">
        <h2 id="your-roles">Your roles</h2>
        {me.memberships.length === 0 ? (
          <p>You have no roles at any centre yet. Ask your centre administrator to add one.</p>
        ) : (
          <ul className="plain-list">
            {me.memberships.map((membership) => (
              <li key={`${membership.centreId}:${membership.role}`}>
                {ROLE_TITLES[membership.role]} at {membership.centreName}
              </li>
            ))}
          </ul>
        )}
      </section>

      {me.roles.map((role) => (
        <section key={role} className="card">
          <h2>{single ? 'What you can do here' : HOME_HEADINGS[role]}</h2>
          <RoleSection role={role} />
        </section>
      ))}
    </>
  );
}
