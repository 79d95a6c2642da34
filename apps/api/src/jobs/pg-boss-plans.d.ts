/** pg-boss 10's SQL, statement by statement (its `src/plans.js`, which it ships untyped). */
declare module 'pg-boss/src/plans' {
  export function completeJobs(schema: string): string;
  export function failJobsById(schema: string): string;
}
