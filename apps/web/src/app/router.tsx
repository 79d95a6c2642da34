import { lazy, Suspense } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppLayout } from './routes/app-layout';
import { AssessmentRoute } from './routes/assessment';
import { CaseloadRoute } from './routes/caseload';
import { ChangePasswordRoute } from './routes/change-password';
import { EditLearnerRoute } from './routes/edit-learner';
import { EditQualificationRoute } from './routes/edit-qualification';
import { EnrolRoute } from './routes/enrol';
import { EnrolmentRoute } from './routes/enrolment';
import { EnrolmentsRoute } from './routes/enrolments';
import { EvidenceRoute } from './routes/evidence';
import { FailedJobsRoute } from './routes/failed-jobs';
import { HomeRoute } from './routes/home';
import { HoursRoute } from './routes/hours';
import { ImportLearnersRoute } from './routes/import-learners';
import { ImportQualificationRoute } from './routes/import-qualification';
import { LearnerRoute } from './routes/learner';
import { LearnersRoute } from './routes/learners';
import { LoginRoute } from './routes/login';
import { MethodCodesRoute } from './routes/method-codes';
import { ProgressSettingsRoute } from './routes/progress-settings';
import { MyQualificationRoute } from './routes/my-qualification';
import { NewLearnerRoute } from './routes/new-learner';
import { NotFoundRoute } from './routes/not-found';
import { PortfolioRoute } from './routes/portfolio';
import { QualificationRoute } from './routes/qualification';
import { QualificationsRoute } from './routes/qualifications';
import { RequireRole } from './routes/require-role';
import { RouteErrorPage } from './routes/route-error';
import { SamplingRoute } from './routes/sampling';
import { SetPasswordRoute } from './routes/set-password';
import { SignOffRoute } from './routes/sign-off';
import { UnitSignOffRoute } from './routes/unit-sign-off';
import { UsersRoute } from './routes/users';
import { WitnessRoute } from './routes/witness';
import { WitnessRequestsRoute } from './routes/witness-requests';
import { WitnessesRoute } from './routes/witnesses';

// The narrative editor (Tiptap and ProseMirror) is most of the weight of this page: it loads
// when a learner first opens the editor, not with every page of the app.
const LazyEvidenceEditorRoute = lazy(() =>
  import('./routes/evidence-editor').then((module) => ({ default: module.EvidenceEditorRoute })),
);

function EvidenceEditorRoute() {
  return (
    <Suspense fallback={<p role="status">Loading…</p>}>
      <LazyEvidenceEditorRoute />
    </Suspense>
  );
}

// The assessor's record of an observation or a discussion carries the same editor.
const LazyRecordEditorRoute = lazy(() =>
  import('./routes/record-editor').then((module) => ({ default: module.RecordEditorRoute })),
);

function RecordEditorRoute(props: { kind?: 'observation' | 'discussion' }) {
  return (
    <Suspense fallback={<p role="status">Loading…</p>}>
      <LazyRecordEditorRoute {...props} />
    </Suspense>
  );
}

const router = createBrowserRouter([
  {
    errorElement: <RouteErrorPage />,
    children: [
      { path: '/login', element: <LoginRoute /> },
      { path: '/set-password', element: <SetPasswordRoute /> },
      // A witness has no account: their page is outside the signed-in layout, never sent to sign in.
      { path: '/witness/:token', element: <WitnessRoute /> },
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomeRoute /> },
          { path: '/account/password', element: <ChangePasswordRoute /> },
          {
            path: '/admin/users',
            element: (
              <RequireRole role="admin">
                <UsersRoute />
              </RequireRole>
            ),
          },
          {
            path: '/admin/method-codes',
            element: (
              <RequireRole role="admin">
                <MethodCodesRoute />
              </RequireRole>
            ),
          },
          {
            path: '/admin/progress-settings',
            element: (
              <RequireRole role="admin">
                <ProgressSettingsRoute />
              </RequireRole>
            ),
          },
          {
            path: '/admin/jobs',
            element: (
              <RequireRole role="admin">
                <FailedJobsRoute />
              </RequireRole>
            ),
          },
          {
            path: '/learners',
            element: (
              <RequireRole role="admin">
                <LearnersRoute />
              </RequireRole>
            ),
          },
          {
            path: '/learners/new',
            element: (
              <RequireRole role="admin">
                <NewLearnerRoute />
              </RequireRole>
            ),
          },
          {
            path: '/learners/import',
            element: (
              <RequireRole role="admin">
                <ImportLearnersRoute />
              </RequireRole>
            ),
          },
          {
            path: '/learners/:id',
            element: (
              <RequireRole role="admin">
                <LearnerRoute />
              </RequireRole>
            ),
          },
          {
            path: '/learners/:id/edit',
            element: (
              <RequireRole role="admin">
                <EditLearnerRoute />
              </RequireRole>
            ),
          },
          {
            path: '/learners/:id/enrol',
            element: (
              <RequireRole role="admin">
                <EnrolRoute />
              </RequireRole>
            ),
          },
          {
            path: '/enrolments',
            element: (
              <RequireRole role={['admin', 'eqa']}>
                <EnrolmentsRoute />
              </RequireRole>
            ),
          },
          // Everyone who may see an enrolment; the API answers 404 to anyone else.
          { path: '/enrolments/:id', element: <EnrolmentRoute /> },
          { path: '/enrolments/:enrolmentId/evidence/:id', element: <EvidenceRoute /> },
          { path: '/enrolments/:id/units/:unit', element: <UnitSignOffRoute /> },
          // A new record and its draft share one element, as the evidence editor's pages do.
          {
            path: '/enrolments/:enrolmentId/observations/new',
            element: (
              <RequireRole role="assessor">
                <RecordEditorRoute kind="observation" />
              </RequireRole>
            ),
          },
          {
            path: '/enrolments/:enrolmentId/professional-discussions/new',
            element: (
              <RequireRole role="assessor">
                <RecordEditorRoute kind="discussion" />
              </RequireRole>
            ),
          },
          {
            path: '/enrolments/:enrolmentId/records/:id/edit',
            element: (
              <RequireRole role="assessor">
                <RecordEditorRoute />
              </RequireRole>
            ),
          },
          { path: '/enrolments/:id/hours', element: <HoursRoute /> },
          { path: '/enrolments/:id/witness-requests', element: <WitnessRequestsRoute /> },
          {
            path: '/witnesses',
            element: (
              <RequireRole role={['admin', 'assessor', 'iqa', 'eqa']}>
                <WitnessesRoute />
              </RequireRole>
            ),
          },
          { path: '/sign-offs/:id', element: <SignOffRoute /> },
          { path: '/qualifications', element: <QualificationsRoute /> },
          {
            path: '/qualifications/import',
            element: (
              <RequireRole role="admin">
                <ImportQualificationRoute />
              </RequireRole>
            ),
          },
          { path: '/qualifications/:id', element: <QualificationRoute /> },
          {
            path: '/qualifications/:id/edit',
            element: (
              <RequireRole role="admin">
                <EditQualificationRoute />
              </RequireRole>
            ),
          },
          {
            path: '/caseload',
            element: (
              <RequireRole role="assessor">
                <CaseloadRoute />
              </RequireRole>
            ),
          },
          {
            path: '/assessment',
            element: (
              <RequireRole role="assessor">
                <AssessmentRoute />
              </RequireRole>
            ),
          },
          {
            path: '/sampling',
            element: (
              <RequireRole role="iqa">
                <SamplingRoute />
              </RequireRole>
            ),
          },
          {
            path: '/my-qualification',
            element: (
              <RequireRole role="learner">
                <MyQualificationRoute />
              </RequireRole>
            ),
          },
          {
            path: '/my-qualification/:id',
            element: (
              <RequireRole role="learner">
                <MyQualificationRoute />
              </RequireRole>
            ),
          },
          {
            path: '/portfolio',
            element: (
              <RequireRole role="learner">
                <PortfolioRoute />
              </RequireRole>
            ),
          },
          // New and edit share one element, so the editor stays mounted when a new item is
          // created and its address changes.
          {
            path: '/portfolio/evidence/new',
            element: (
              <RequireRole role="learner">
                <EvidenceEditorRoute />
              </RequireRole>
            ),
          },
          {
            path: '/portfolio/evidence/:id/edit',
            element: (
              <RequireRole role="learner">
                <EvidenceEditorRoute />
              </RequireRole>
            ),
          },
          {
            path: '/portfolio/evidence/:id',
            element: (
              <RequireRole role="learner">
                <EvidenceRoute />
              </RequireRole>
            ),
          },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
