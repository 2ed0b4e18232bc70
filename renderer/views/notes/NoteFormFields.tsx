// The note form's fields: title, Markdown body with its live sanitised preview, the user's own
// partnerships (and a partnership as free text), organisations, date, factors and linked quotes,
// each with the store's message beside it.
import { useDeferredValue, useId, useMemo } from 'react';
import type { ContentIndex } from '../../app/contentIndex';
import { useT } from '../../i18n';
import { SafeMarkdown } from '../../markdown/SafeMarkdown';
import { FormField } from './FormField';
import { MultiCombobox } from './MultiCombobox';
import { PartnershipChooser } from './PartnershipChooser';
import type { Draft } from './noteDraft';
import { factorOptions, quoteOptions, type FieldErrors } from './noteHelpers';

interface Props {
  draft: Draft;
  content: ContentIndex;
  errors: FieldErrors['fields'] | undefined;
  set<K extends keyof Draft>(key: K, value: Draft[K]): void;
}

export function NoteFormFields({ draft, content, errors: fe, set }: Props) {
  const t = useT('notes');
  const tc = useT('common');
  const tp = useT('partnershipLinks');
  const preview = useDeferredValue(draft.body);
  const base = useId();
  const factorOpts = useMemo(
    () =>
      factorOptions(content, (group) =>
        tc(`group${group.charAt(0).toUpperCase()}${group.slice(1)}` as Parameters<typeof tc>[0]),
      ),
    [content, tc],
  );
  const quoteOpts = useMemo(() => quoteOptions(content), [content]);

  return (
    <>
      <div className="note-form-grid">
        <div className="note-form-main">
          <FormField label={t('fieldTitle')} error={fe?.title}>
            {(field) => (
              <input
                {...field}
                type="text"
                className="input-wide"
                required
                aria-required="true"
                data-field="title"
                value={draft.title}
                onChange={(e) => set('title', e.target.value)}
              />
            )}
          </FormField>
          <div className="note-body-pair">
            <FormField label={t('fieldBody')} hint={t('fieldBodyHint')} error={fe?.body}>
              {(field) => (
                <textarea
                  {...field}
                  className="note-body-input"
                  rows={14}
                  value={draft.body}
                  onChange={(e) => set('body', e.target.value)}
                />
              )}
            </FormField>
            <section className="note-preview" aria-labelledby={`${base}-preview`}>
              <h2 id={`${base}-preview`} className="note-preview-heading">
                {t('previewHeading')}
              </h2>
              {preview.trim() ? (
                <SafeMarkdown markdown={preview} className="note-preview-body" />
              ) : (
                <p className="muted">{t('previewEmpty')}</p>
              )}
            </section>
          </div>
        </div>
        <div className="note-form-side">
          <PartnershipChooser
            selected={draft.partnershipIds}
            error={fe?.partnershipIds}
            onChange={(next) => set('partnershipIds', next)}
          />
          <FormField label={tp('freeTextLabel')} hint={tp('freeTextHint')} error={fe?.partnership}>
            {(field) => (
              <input
                {...field}
                type="text"
                value={draft.partnership}
                onChange={(e) => set('partnership', e.target.value)}
              />
            )}
          </FormField>
          <FormField
            label={t('fieldOrganisations')}
            hint={t('fieldOrganisationsHint')}
            error={fe?.organisations}
          >
            {(field) => (
              <textarea
                {...field}
                rows={3}
                value={draft.organisations}
                onChange={(e) => set('organisations', e.target.value)}
              />
            )}
          </FormField>
          <FormField label={t('fieldDate')} hint={t('fieldDateHint')} error={fe?.aboutDate}>
            {(field) => (
              <input
                {...field}
                type="date"
                value={draft.aboutDate}
                onChange={(e) => set('aboutDate', e.target.value)}
              />
            )}
          </FormField>
        </div>
      </div>
      <MultiCombobox
        label={t('fieldFactors')}
        hint={t('fieldFactorsHint')}
        error={fe?.factors}
        options={factorOpts}
        selected={draft.factors}
        onChange={(next) => set('factors', next)}
        unknownLabel={(id) => ({
          label: t('unknownFactor'),
          title: t('unknownFactorTitle', { id }),
        })}
      />
      <MultiCombobox
        label={t('fieldLinks')}
        hint={t('fieldLinksHint')}
        error={fe?.links}
        options={quoteOpts}
        selected={draft.links}
        onChange={(next) => set('links', next)}
        unknownLabel={(id) => ({ label: id })}
      />
    </>
  );
}
