// Routes of the app. The directory is in the initial bundle; other screens load on demand.
import { lazy, Suspense, useMemo } from 'react';
import { Provider as UrqlProvider } from 'urql';
import { Route, Switch } from 'wouter';
import { createGraphqlClient } from '../graphql/client.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { DirectoryPage } from '../pages/DirectoryPage.js';
import { Loading } from '../ui/Status.js';
import { AccountLinks } from './AccountLinks.js';
import { Layout } from './Layout.js';
import { SessionProvider } from './session.js';

const MemberPage = lazy(() => import('../pages/MemberPage.js'));
const SpacesPage = lazy(() => import('../pages/SpacesPage.js'));
const SpacePage = lazy(() => import('../pages/SpacePage.js'));
const SkillsPage = lazy(() => import('../pages/SkillsPage.js'));
const SkillPage = lazy(() => import('../pages/SkillPage.js'));
const FilieresPage = lazy(() => import('../pages/FilieresPage.js'));
const FilierePage = lazy(() => import('../pages/FilierePage.js'));
const NotFoundPage = lazy(() => import('../pages/NotFoundPage.js'));
const SignInPage = lazy(() => import('../pages/account/SignInPage.js'));
const SignUpPage = lazy(() => import('../pages/account/SignUpPage.js'));
const ProfileEditorPage = lazy(() => import('../pages/account/ProfileEditorPage.js'));
const SettingsPage = lazy(() => import('../pages/account/SettingsPage.js'));
const TendersPage = lazy(() => import('../pages/tenders/TendersPage.js'));
const TenderPage = lazy(() => import('../pages/tenders/TenderPage.js'));
const BidPage = lazy(() => import('../pages/bids/BidPage.js'));
const InvitationsPage = lazy(() => import('../pages/bids/InvitationsPage.js'));
const MentoringPage = lazy(() => import('../pages/mentoring/MentoringPage.js'));
const ConseillerPage = lazy(() => import('../pages/conseiller/ConseillerPage.js'));
const RoundPage = lazy(() => import('../pages/mentoring/RoundPage.js'));
const AdminAccountsPage = lazy(() => import('../pages/admin/AdminAccountsPage.js'));

export function App() {
  const { language } = useI18n();
  const client = useMemo(() => createGraphqlClient(language), [language]);
  return (
    <UrqlProvider value={client}>
      <SessionProvider>
        <Layout accountLinks={<AccountLinks />}>
          <Suspense fallback={<Loading />}>
            <Switch>
              <Route path="/" component={DirectoryPage} />
              <Route path="/members/:handle">{(params) => <MemberPage handle={params.handle} />}</Route>
              <Route path="/spaces" component={SpacesPage} />
              <Route path="/spaces/:slug">{(params) => <SpacePage slug={params.slug} />}</Route>
              <Route path="/skills" component={SkillsPage} />
              <Route path="/skills/:slug">{(params) => <SkillPage slug={params.slug} />}</Route>
              <Route path="/filieres" component={FilieresPage} />
              <Route path="/filieres/:slug">{(params) => <FilierePage slug={params.slug} />}</Route>
              <Route path="/signin" component={SignInPage} />
              <Route path="/signup" component={SignUpPage} />
              <Route path="/me" component={ProfileEditorPage} />
              <Route path="/settings" component={SettingsPage} />
              <Route path="/tenders" component={TendersPage} />
              <Route path="/tenders/:id">{(params) => <TenderPage id={params.id} />}</Route>
              <Route path="/bids/:id">{(params) => <BidPage id={params.id} />}</Route>
              <Route path="/suggestions" component={InvitationsPage} />
              <Route path="/mentoring" component={MentoringPage} />
              <Route path="/conseiller/mentoring" component={RoundPage} />
              <Route path="/conseiller" component={ConseillerPage} />
              <Route path="/admin" component={AdminAccountsPage} />
              <Route component={NotFoundPage} />
            </Switch>
          </Suspense>
        </Layout>
      </SessionProvider>
    </UrqlProvider>
  );
}
