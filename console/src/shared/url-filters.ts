/**
 * Filters and paging kept in the URL (as Camunda Tasklist keeps them): a list can be reloaded,
 * bookmarked and shared, and the back button undoes a filter.
 */
import { useSearchParams } from 'react-router';

export interface ListParams<Filter extends string> {
  filters: Partial<Record<Filter, string>>;
  page: number;
  pageSize: number;
  /** Changes filters (back to page 1) or the page. */
  update(change: { filters?: Partial<Record<Filter, string | undefined>>; page?: number; pageSize?: number }): void;
}

export function useListParams<Filter extends string>(names: readonly Filter[]): ListParams<Filter> {
  const [params, setParams] = useSearchParams();
  const filters: Partial<Record<Filter, string>> = {};
  for (const name of names) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  const positive = (value: string | null, fallback: number) => {
    const n = Number(value);
    return Number.isInteger(n) && n > 0 ? n : fallback;
  };
  return {
    filters,
    page: positive(params.get('page'), 1),
    pageSize: Math.min(positive(params.get('pageSize'), 20), 100),
    update(change) {
      setParams((current) => {
        const next = new URLSearchParams(current);
        for (const [name, value] of Object.entries(change.filters ?? {})) {
          if (value) next.set(name, value as string);
          else next.delete(name);
        }
        if (change.filters) next.delete('page');
        if (change.page) next.set('page', String(change.page));
        if (change.pageSize) next.set('pageSize', String(change.pageSize));
        return next;
      });
    },
  };
}

/** A table's paging, read from and written to the URL. */
export function listPagination<Filter extends string>(list: ListParams<Filter>, total: number | undefined) {
  return {
    current: list.page,
    pageSize: list.pageSize,
    total: total ?? 0,
    showSizeChanger: true,
    onChange: (page: number, pageSize: number) => list.update({ page, pageSize }),
  };
}
