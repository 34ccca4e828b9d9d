/**
 * Page sizes of the lists read from more than one place (a resource, a list search, the polling
 * trigger). A v2 list read by one resource keeps its page size in its `V2ListEndpoint`.
 */

/** v1 employees: Personio caps pages at 100 since January 2025. */
export const EMPLOYEES_PAGE_SIZE = 100;

/** v2 absence periods: `limit` 1-100 (reference page get_v2-absence-periods). */
export const ABSENCE_PERIODS_PAGE_SIZE = 100;

/** v2 recruiting lists: `limit` 1-50. */
export const RECRUITING_PAGE_SIZE = 50;
