import type { Role } from '@signoff/contracts';
import { NavLink } from 'react-router';

interface NavItem {
  to: string;
  label: string;
  /** Who sees the item; an empty list means everyone signed in. */
  roles: readonly Role[];
}

const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'Home', roles: [] },
  { to: '/admin/users', label: 'Users', roles: ['admin'] },
  { to: '/learners', label: 'Learners', roles: ['admin'] },
  { to: '/enrolments', label: 'Enrolments', roles: ['admin', 'eqa'] },
  { to: '/caseload', label: 'Caseload', roles: ['assessor'] },
  { to: '/assessment', label: 'Assessment', roles: ['assessor'] },
  { to: '/sampling', label: 'Sampling', roles: ['iqa'] },
  { to: '/witnesses', label: 'Witnesses', roles: ['admin', 'assessor', 'iqa', 'eqa'] },
  { to: '/my-qualification', label: 'My qualification', roles: ['learner'] },
  { to: '/portfolio', label: 'My portfolio', roles: ['learner'] },
  { to: '/qualifications', label: 'Qualifications', roles: [] },
];

export function navItemsFor(roles: readonly Role[]): readonly NavItem[] {
  return NAV_ITEMS.filter(
    (item) => item.roles.length === 0 || item.roles.some((role) => roles.includes(role)),
  );
}

export interface MainNavProps {
  roles: readonly Role[];
}

export function MainNav({ roles }: MainNavProps) {
  return (
    <nav aria-label="Main" className="main-nav">
      <ul className="main-nav__list">
        {navItemsFor(roles).map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.to === '/'} className="main-nav__link">
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
