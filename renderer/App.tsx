// The app: providers (language, corpus, handout basket), the frame, and one view per route.
import type { ReactNode } from 'react';
import type { MyPartnershipTab, Route } from './app/router';
import { ContentProvider } from './app/ContentProvider';
import { useRoute } from './app/useRoute';
import { DesktopSettingsProvider } from './desktop/DesktopSettings';
import { BasketProvider } from './handout/BasketProvider';
import { I18nProvider } from './i18n';
import { Layout } from './views/layout/Layout';
import { NotFoundView } from './views/layout/NotFoundView';
import { HomeView } from './views/home/HomeView';
import { PartnershipListView } from './views/partnerships/PartnershipListView';
import { PartnershipView } from './views/partnerships/PartnershipView';
import { QuotesView } from './views/quotes/QuotesView';
import { FactorsView } from './views/factors/FactorsView';
import { FactorView } from './views/factors/FactorView';
import { LessonView } from './views/factors/LessonView';
import { SearchView } from './views/search/SearchView';
import { NotesListView } from './views/notes/NotesListView';
import { NoteEditorView } from './views/notes/NoteEditorView';
import { HandoutView } from './views/handout/HandoutView';
import { SettingsView } from './views/settings/SettingsView';
import { RecoveryBanner } from './views/settings/RecoveryBanner';
import { UndoSupport } from './undo/UndoSupport';
import { FocusKeeper } from './undo/FocusKeeper';
import { MyPartnershipsView } from './views/myPartnerships/MyPartnershipsView';
import { ProfileView } from './views/myPartnerships/ProfileView';
import { CompareView } from './views/myPartnerships/CompareView';
import { ProfileHandoutView } from './views/myPartnerships/ProfileHandoutView';
import { EditPartnershipView, NewPartnershipView } from './views/myPartnerships/EditViews';
import { FactorAcrossView } from './views/myPartnerships/FactorAcrossView';
import { StoreNotices } from './views/settings/StoreNotices';

function viewFor(route: Route): ReactNode {
  switch (route.name) {
    case 'home':
      return <HomeView />;
    case 'partnerships':
      return <PartnershipListView />;
    case 'partnership':
      return <PartnershipView id={route.id} section={route.section} />;
    case 'quotes':
      return <QuotesView filters={route.filters} />;
    case 'factors':
      return <FactorsView />;
    case 'factor':
      return <FactorView id={route.id} />;
    case 'lesson':
      return <LessonView id={route.id} />;
    case 'search':
      return <SearchView q={route.q} filters={route.filters} />;
    case 'notes':
      return <NotesListView />;
    case 'note':
      return <NoteEditorView key={route.id} id={route.id} />;
    case 'noteNew':
      return <NoteEditorView key="new" />;
    case 'handout':
      return <HandoutView />;
    case 'settings':
      return <SettingsView />;
    case 'myPartnerships':
      return <MyPartnershipsView />;
    case 'myPartnershipNew':
      return <NewPartnershipView />;
    case 'myPartnership':
      return myPartnershipView(route.id, route.tab);
    case 'myFactor':
      return <FactorAcrossView id={route.id} />;
    case 'notFound':
      return <NotFoundView path={route.path} />;
  }
}

function myPartnershipView(id: string, tab: MyPartnershipTab): ReactNode {
  switch (tab) {
    case 'profile':
      return <ProfileView key={id} id={id} />;
    case 'compare':
      return <CompareView key={id} id={id} />;
    case 'handout':
      return <ProfileHandoutView key={id} id={id} />;
    case 'edit':
      return <EditPartnershipView key={id} id={id} />;
  }
}

export function App() {
  const route = useRoute();
  return (
    <I18nProvider>
      <ContentProvider>
        <DesktopSettingsProvider>
          <BasketProvider>
            <Layout route={route}>
              <RecoveryBanner />
              <StoreNotices />
              {viewFor(route)}
            </Layout>
            <UndoSupport />
            <FocusKeeper />
          </BasketProvider>
        </DesktopSettingsProvider>
      </ContentProvider>
    </I18nProvider>
  );
}
