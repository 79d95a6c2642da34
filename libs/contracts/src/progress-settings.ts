/**
 * How a centre reads progress against time: the RAG margins, in percentage points by which the
 * share of the qualification achieved may lag the share of the planned learning time elapsed,
 * and how often progress reviews fall due.
 */
export interface ProgressSettings {
  /** Behind (amber) once progress lags time by more than this many points. */
  amberMargin: number;
  /** Well behind (red) once progress lags time by more than this many points. */
  redMargin: number;
  /** Weeks between progress reviews. */
  reviewIntervalWeeks: number;
}

/** `PUT /api/centres/{id}/progress-settings`. */
export type ProgressSettingsRequest = ProgressSettings;

/** What a centre has until its admins choose otherwise. */
export const DEFAULT_PROGRESS_SETTINGS: ProgressSettings = {
  amberMargin: 10,
  redMargin: 25,
  reviewIntervalWeeks: 12,
};

/** 0 ≤ amber < red ≤ 100 points; a review at least weekly and at most yearly. */
export const PROGRESS_SETTINGS_LIMITS = {
  marginMin: 0,
  marginMax: 100,
  reviewIntervalWeeksMin: 1,
  reviewIntervalWeeksMax: 52,
} as const;

/** Red, amber, green: how progress stands against time. */
export const RAG_STATUSES = ['green', 'amber', 'red'] as const;
export type RagStatus = (typeof RAG_STATUSES)[number];

/** Time in learning against the plan, breaks in learning excluded. */
export interface TimeElapsed {
  /** Days in learning from the start date to today, not counting days on a break or closed. */
  elapsedDays: number;
  /** Days from the start date to the planned end date. */
  plannedDays: number;
  /** elapsedDays ÷ plannedDays, to 3 places; above 1 once past the planned time. */
  share: number;
  /** On a break in learning now: the clock is stopped. */
  onBreak: boolean;
}
