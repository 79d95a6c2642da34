import type { EvidenceDetail } from '@signoff/contracts';
import { EVIDENCE_DRAFT, pickContent, RECORD_DRAFTS } from './draft-kinds';

const version = {
  number: 1,
  status: 'draft' as const,
  method: 'direct_observation' as const,
  title: 'Lunchtime support',
  narrative: '<p>Offered choices.</p>',
  activityDate: '2026-10-20',
  claims: [{ unit: 'U1', outcome: '1', criterion: null }],
  files: [],
  observation: { setting: 'Dining room', startTime: '12:00', endTime: '' },
  witness: null,
  declaration: null,
  createdAt: '2026-10-20T09:00:00Z',
  updatedAt: '2026-10-20T09:00:00Z',
};

const detail = (current: Partial<typeof version> = {}) =>
  ({ id: 'i1', current: { ...version, ...current } }) as unknown as EvidenceDetail;

describe('the kinds of draft that save as they are typed', () => {
  it('reads an observation with where and when, in the order it is compared', () => {
    const content = RECORD_DRAFTS.observation.fromDetail(detail());
    expect(Object.keys(content)).toEqual(RECORD_DRAFTS.observation.fields);
    expect(content).toMatchObject({ setting: 'Dining room', startTime: '12:00', endTime: '' });
  });

  it('reads an observation the server has no particulars of yet as blank ones', () => {
    expect(RECORD_DRAFTS.observation.fromDetail(detail({ observation: undefined }))).toMatchObject({
      setting: '',
      startTime: '',
      endTime: '',
    });
  });

  it('keeps a discussion to its own fields, and the learner’s evidence to its method and content', () => {
    expect(Object.keys(RECORD_DRAFTS.discussion.fromDetail(detail()))).toEqual([
      'title',
      'narrative',
      'activityDate',
      'claims',
    ]);
    expect(EVIDENCE_DRAFT.fromDetail(detail())).toEqual({
      method: 'direct_observation',
      title: 'Lunchtime support',
      narrative: '<p>Offered choices.</p>',
      activityDate: '2026-10-20',
      claims: [{ unit: 'U1', outcome: '1', criterion: null }],
    });
  });

  it('compares what is on screen field for field, whatever order the form holds them in', () => {
    const shown = { claims: [], title: 'T', activityDate: '2026-10-20', narrative: '' };
    expect(JSON.stringify(pickContent(RECORD_DRAFTS.discussion, shown))).toBe(
      JSON.stringify({ title: 'T', narrative: '', activityDate: '2026-10-20', claims: [] }),
    );
  });
});
