import type {
  FieldError,
  QualificationDetail,
  QualificationVersionDetail,
} from '@signoff/contracts';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { DisclosureGroup, Form, type Key } from 'react-aria-components';
import { Link } from 'react-router';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form-alert';
import { ModalDialog } from '../../../components/modal-dialog';
import { StatusMessage } from '../../../components/status-message';
import { TextAreaField } from '../../../components/text-area-field';
import { isApiError } from '../../../lib/api-client';
import { describeError } from '../../../lib/error-messages';
import { usePublishQualification } from '../api/publish-qualification';
import { useSaveDraft } from '../api/save-draft';
import { DraftEditorContext, type DraftEditorActions } from '../hooks/use-draft-editor';
import { useUnsavedChangesGuard } from '../hooks/use-unsaved-changes-guard';
import {
  editorPlaces,
  newPathway,
  newUnit,
  toDocument,
  toDraftForm,
  withPathway,
  without,
  type DraftForm,
} from '../lib/draft-form';
import {
  hasProblemsWithin,
  placeId,
  placeProblems,
  problemsAfterRemoval,
  problemsWithout,
} from '../lib/problem-places';
import { EditorField } from './editor-field';
import { PlaceProblems, problemText } from './place-problems';
import { focusPlace, ProblemSummary } from './problem-summary';
import { UnitFields } from './unit-fields';
import { DisclosureCard } from '../../../components/disclosure-card';

function unitsWithProblems(form: DraftForm, problems: readonly FieldError[]): string[] {
  return form.units
    .filter((_unit, u) => hasProblemsWithin(problems, `units.${u}`))
    .map((unit) => unit.key);
}

function problemCount(count: number): string {
  return `${count} problem${count === 1 ? '' : 's'}`;
}

export interface DraftEditorProps {
  qualification: QualificationDetail;
  /** A path to open the editor at, e.g. `units.2.outcomes` from a problem's link. */
  at: string | null;
  /** Said once on arrival, e.g. after an import. */
  notice: string | null;
  onPublished: (version: QualificationVersionDetail) => void;
}

/**
 * Edits the open draft, or starts a new one from a published version. Problems come back from
 * each save by path and are shown at their fields; nothing typed is lost when a save fails.
 */
export function DraftEditor({ qualification, at, notice, onPublished }: DraftEditorProps) {
  const [version, setVersion] = useState<QualificationVersionDetail>(qualification.version);
  const [form, setForm] = useState<DraftForm>(() => toDraftForm(qualification.version.document));
  const [problems, setProblems] = useState<FieldError[]>(qualification.version.problems);
  const [isDirty, setDirty] = useState(false);
  const [saved, setSaved] = useState<string | null>(notice);
  const [expanded, setExpanded] = useState<Set<Key>>(() => {
    const open = new Set<Key>(unitsWithProblems(form, qualification.version.problems));
    const target = at?.match(/^units\.(\d+)/);
    const unit = target ? form.units[Number(target[1])] : undefined;
    if (unit) open.add(unit.key);
    return open;
  });
  const summaryRef = useRef<HTMLDivElement>(null);
  const saveDraft = useSaveDraft(qualification.id);
  const publish = usePublishQualification(qualification.id, { onSuccess: onPublished });
  const blocker = useUnsavedChangesGuard(isDirty);

  const placed = useMemo(() => placeProblems(problems, editorPlaces(form)), [problems, form]);
  const document = useMemo(() => {
    const result = toDocument(form);
    return result.document ?? form;
  }, [form]);

  // Opened from a problem's link: go to its place once the page is drawn.
  useEffect(() => {
    if (!at) return;
    const places = editorPlaces(form);
    let place = at;
    while (place !== '' && !places.has(place))
      place = place.slice(0, Math.max(0, place.lastIndexOf('.')));
    requestAnimationFrame(() => focusPlace(placeId(place)));
    // Only on arrival: later edits must not pull focus back.
  }, []);

  function openUnitsWithProblems(found: readonly FieldError[]) {
    const keys = unitsWithProblems(form, found);
    if (keys.length > 0) setExpanded((open) => new Set([...open, ...keys]));
  }

  function showProblems(found: FieldError[]) {
    setProblems(found);
    openUnitsWithProblems(found);
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  const actions: DraftEditorActions = {
    placed,
    document,
    edit(path, change) {
      setForm(change);
      setProblems((current) => problemsWithout(current, path));
      setDirty(true);
      setSaved(null);
    },
    remove(listPath, index, change) {
      setForm(change);
      setProblems((current) => problemsAfterRemoval(current, listPath, index));
      setDirty(true);
      setSaved(null);
    },
    add(path, change) {
      setForm(change);
      setProblems((current) => problemsWithout(current, path));
      setDirty(true);
      setSaved(null);
    },
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saveDraft.isPending) return;
    publish.reset();
    const result = toDocument(form);
    if (!result.document) {
      saveDraft.reset();
      showProblems(result.problems);
      return;
    }
    saveDraft.mutate(result.document, {
      onSuccess: (savedVersion) => {
        setVersion(savedVersion);
        setDirty(false);
        setProblems(savedVersion.problems);
        openUnitsWithProblems(savedVersion.problems);
        setSaved(
          savedVersion.problems.length === 0
            ? `Draft version ${savedVersion.number} is saved. It has no problems and can be published.`
            : `Draft version ${savedVersion.number} is saved with ${problemCount(savedVersion.problems.length)} to put right before it can be published.`,
        );
      },
      onError: (error) => {
        if (isApiError(error, 'VALIDATION_FAILED') && error.errors.length > 0)
          showProblems(error.errors);
      },
    });
  }

  function startPublish() {
    publish.mutate(undefined, {
      onError: (error) => {
        if (isApiError(error, 'NOT_PUBLISHABLE') && error.errors.length > 0)
          showProblems(error.errors);
      },
    });
  }

  const canPublish =
    version.status === 'draft' && !isDirty && problems.length === 0 && !saveDraft.isPending;
  const refusal =
    saveDraft.error && !isApiError(saveDraft.error, 'VALIDATION_FAILED')
      ? describeError(saveDraft.error)
      : publish.error && !isApiError(publish.error, 'NOT_PUBLISHABLE')
        ? describeError(publish.error)
        : null;
  const summaryTitle = isApiError(saveDraft.error, 'VALIDATION_FAILED')
    ? `Not saved: ${problemCount(problems.length)} to correct`
    : isApiError(publish.error, 'NOT_PUBLISHABLE')
      ? `Not published: ${problemCount(problems.length)} to put right`
      : `${problemCount(problems.length)} to put right before publishing`;
  const qualificationPath = `/qualifications/${encodeURIComponent(qualification.id)}`;

  return (
    <DraftEditorContext value={actions}>
      <p className="lead">
        {version.status === 'draft'
          ? `Draft version ${version.number}. Learners and assessors do not see it until it is published.`
          : `Published version ${version.number} never changes: saving creates a new draft version from it.`}
      </p>
      <StatusMessage>{saved}</StatusMessage>
      <FormAlert message={refusal} />
      <ProblemSummary
        ref={summaryRef}
        title={summaryTitle}
        intro={
          isApiError(saveDraft.error, 'VALIDATION_FAILED')
            ? 'Nothing was saved. Your changes are still here.'
            : undefined
        }
        placed={placed}
        document={document}
      />

      <Form className="editor" onSubmit={submit} validationBehavior="aria" aria-label="Edit draft">
        <section aria-labelledby="qualification-fields-heading" className="card">
          <h2 id="qualification-fields-heading">Qualification</h2>
          <p className="field-hint">Leave a number empty when the source does not state it.</p>
          <PlaceProblems document={document} path="" problems={placed.get('')} />
          <div className="field-grid">
            <EditorField
              label="Title"
              path="title"
              value={form.title}
              className="field-grid__wide"
              update={(current, title) => ({ ...current, title })}
            />
            <EditorField
              label="Awarding body"
              path="awardingBody"
              value={form.awardingBody}
              update={(current, awardingBody) => ({ ...current, awardingBody })}
            />
            <EditorField
              label="Code"
              path="code"
              value={form.code}
              description="The awarding body's code or the Ofqual number."
              update={(current, code) => ({ ...current, code })}
            />
            <EditorField
              label="RQF level"
              path="level"
              value={form.level}
              numeric
              update={(current, level) => ({ ...current, level })}
            />
            <EditorField
              label="Total credits"
              path="totalCredits"
              value={form.totalCredits}
              numeric
              update={(current, totalCredits) => ({ ...current, totalCredits })}
            />
            <EditorField
              label="Guided learning hours (GLH)"
              path="glh"
              value={form.glh}
              numeric
              update={(current, glh) => ({ ...current, glh })}
            />
            <EditorField
              label="Total qualification time (TQT)"
              path="tqt"
              value={form.tqt}
              numeric
              update={(current, tqt) => ({ ...current, tqt })}
            />
            <EditorField
              label="Minimum age"
              path="minimumAge"
              value={form.minimumAge}
              numeric
              update={(current, minimumAge) => ({ ...current, minimumAge })}
            />
            <EditorField
              label="Target supervised hours"
              path="targetHours.supervised"
              value={form.supervisedHours}
              numeric
              update={(current, supervisedHours) => ({ ...current, supervisedHours })}
            />
            <EditorField
              label="Target work hours"
              path="targetHours.work"
              value={form.workHours}
              numeric
              update={(current, workHours) => ({ ...current, workHours })}
            />
          </div>
          <PlaceProblems
            document={document}
            path="targetHours"
            problems={placed.get('targetHours')}
          />
        </section>

        <section aria-labelledby="pathways-heading" className="card">
          <h2 id="pathways-heading">Pathways</h2>
          <PlaceProblems document={document} path="pathways" problems={placed.get('pathways')} />
          {form.pathways.length === 0 ? (
            <p className="muted">No pathways: every learner follows the same rules.</p>
          ) : (
            <ol className="pathway-fields">
              {form.pathways.map((pathway, p) => (
                <li key={pathway.key}>
                  <fieldset className="outcome-fields">
                    <legend className="outcome-fields__legend">Pathway {p + 1}</legend>
                    <PlaceProblems
                      document={document}
                      path={`pathways.${p}`}
                      problems={placed.get(`pathways.${p}`)}
                    />
                    <div className="field-grid field-grid--pathway">
                      <EditorField
                        label="Code"
                        path={`pathways.${p}.code`}
                        value={pathway.code}
                        description="Lower case, e.g. adults-residential."
                        update={(current, code) =>
                          withPathway(current, p, (item) => ({ ...item, code }))
                        }
                      />
                      <EditorField
                        label="Title"
                        path={`pathways.${p}.title`}
                        value={pathway.title}
                        update={(current, title) =>
                          withPathway(current, p, (item) => ({ ...item, title }))
                        }
                      />
                    </div>
                    <Button
                      variant="secondary"
                      className="button--small"
                      aria-label={`Remove pathway ${p + 1}`}
                      onPress={() =>
                        actions.remove('pathways', p, (current) => ({
                          ...current,
                          pathways: without(current.pathways, p),
                        }))
                      }
                    >
                      Remove pathway
                    </Button>
                  </fieldset>
                </li>
              ))}
            </ol>
          )}
          <Button
            variant="secondary"
            onPress={() =>
              actions.add('pathways', (current) => ({
                ...current,
                pathways: [...current.pathways, newPathway()],
              }))
            }
          >
            Add pathway
          </Button>
        </section>

        <section aria-labelledby="units-heading" className="editor__units">
          <h2 id="units-heading">Units</h2>
          <p className="field-hint">
            Open a unit to edit it and its learning outcomes. Leave a number empty when the source
            does not state it.
          </p>
          <PlaceProblems document={document} path="units" problems={placed.get('units')} />
          {form.units.length === 0 ? <p className="muted">No units yet.</p> : null}
          <DisclosureGroup
            allowsMultipleExpanded
            expandedKeys={expanded}
            onExpandedChange={setExpanded}
            className="units"
          >
            {form.units.map((unit, u) => {
              const troubled = hasProblemsWithin(problems, `units.${u}`);
              return (
                <DisclosureCard
                  key={unit.key}
                  id={unit.key}
                  headingLevel={3}
                  hasProblem={troubled}
                  label={`Unit ${u + 1}`}
                  title={[unit.reference, unit.title].filter(Boolean).join(' ') || 'New unit'}
                  meta={
                    <>
                      {unit.outcomes.length} learning outcome
                      {unit.outcomes.length === 1 ? '' : 's'}
                      {troubled ? (
                        <span className="unit__meta--problem"> · has problems</span>
                      ) : null}
                    </>
                  }
                >
                  <UnitFields unit={unit} u={u} />
                </DisclosureCard>
              );
            })}
          </DisclosureGroup>
          <Button
            variant="secondary"
            onPress={() => {
              // A new unit opens, ready to fill in.
              const unit = newUnit();
              actions.add('units', (current) => ({ ...current, units: [...current.units, unit] }));
              setExpanded((open) => new Set([...open, unit.key]));
            }}
          >
            Add unit
          </Button>
        </section>

        <section aria-labelledby="rules-heading" className="card">
          <h2 id="rules-heading">Rules of combination and entry requirements</h2>
          <p>
            These are edited as JSON in the catalogue format. The qualification page shows them in
            words once saved.
          </p>
          <TextAreaField
            label="Rules of combination (JSON)"
            id={placeId('rules')}
            rows={14}
            inputClassName="field__input--code"
            spellCheck="false"
            value={form.rules}
            onChange={(rules) => actions.edit('rules', (current) => ({ ...current, rules }))}
            isInvalid={Boolean(placed.get('rules'))}
            errorMessage={problemText(
              placed.get('rules'),
              'rules',
              document,
              'Rules of combination',
            )}
          />
          <TextAreaField
            label="Entry requirements (JSON)"
            id={placeId('entryRequirements')}
            rows={10}
            inputClassName="field__input--code"
            spellCheck="false"
            value={form.entryRequirements}
            onChange={(entryRequirements) =>
              actions.edit('entryRequirements', (current) => ({ ...current, entryRequirements }))
            }
            isInvalid={Boolean(placed.get('entryRequirements'))}
            errorMessage={problemText(
              placed.get('entryRequirements'),
              'entryRequirements',
              document,
              'Entry requirements',
            )}
          />
          <TextAreaField
            label="Source"
            description="Where the content comes from, for the people who check it."
            id={placeId('source')}
            rows={3}
            value={form.source}
            onChange={(source) => actions.edit('source', (current) => ({ ...current, source }))}
            isInvalid={Boolean(placed.get('source'))}
            errorMessage={problemText(placed.get('source'), 'source', document, 'Source')}
          />
        </section>

        <div className="editor__actions">
          <p className="editor__state" aria-hidden="true">
            {isDirty ? 'Unsaved changes' : 'All changes saved'}
          </p>
          <div className="button-row">
            <Button type="submit" isPending={saveDraft.isPending}>
              {saveDraft.isPending ? 'Saving…' : 'Save draft'}
            </Button>
            {canPublish ? (
              <Button variant="secondary" isPending={publish.isPending} onPress={startPublish}>
                {publish.isPending ? 'Publishing…' : 'Publish'}
              </Button>
            ) : null}
            <Link to={qualificationPath} className="button button--quiet editor__back">
              Back to the qualification
            </Link>
          </div>
        </div>
      </Form>

      <ModalDialog
        title="Leave without saving?"
        role="alertdialog"
        isOpen={blocker.state === 'blocked'}
        onOpenChange={(open) => {
          if (!open && blocker.state === 'blocked') blocker.reset();
        }}
      >
        {() => (
          <>
            <p>Your changes to this draft have not been saved. If you leave, they are lost.</p>
            <div className="button-row">
              <Button onPress={() => blocker.reset?.()}>Stay and keep editing</Button>
              <Button variant="danger" onPress={() => blocker.proceed?.()}>
                Leave without saving
              </Button>
            </div>
          </>
        )}
      </ModalDialog>
    </DraftEditorContext>
  );
}
