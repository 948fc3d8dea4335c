import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/http';
import type { DecisionRequest, MatterState, Page, Task } from '../api/contract';
import { useLiveFallbackInterval } from '../shell/live-events';

export const tasksKey = (filters: Record<string, string | number | undefined>) => ['tasks', filters] as const;
export const taskKey = (id: string) => ['tasks', 'one', id] as const;

export function useTasks(filters: Record<string, string | number | undefined>) {
  return useQuery({
    queryKey: tasksKey(filters),
    queryFn: () => api<Page<Task>>('/api/v1/tasks', { query: filters }),
    placeholderData: keepPreviousData,
    refetchInterval: useLiveFallbackInterval(),
  });
}

export function useTask(id: string) {
  return useQuery({ queryKey: taskKey(id), queryFn: () => api<Task>(`/api/v1/tasks/${encodeURIComponent(id)}`), refetchInterval: useLiveFallbackInterval() });
}

/** Claim or release: one officer at a time decides a task. */
export function useClaim() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'claim' | 'release' }) => api<Task>(`/api/v1/tasks/${encodeURIComponent(id)}/${action}`, { method: 'POST' }),
    onSuccess: (task) => {
      queryClient.setQueryData(taskKey(task.id), task);
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
    },
  });
}

export function useDecide(matterId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: DecisionRequest) => api<MatterState>(`/api/v1/matters/${encodeURIComponent(matterId)}/decisions`, { method: 'POST', body: decision }),
    onSuccess: (matter) => {
      queryClient.setQueryData(['matter', matter.id], matter);
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
      void queryClient.invalidateQueries({ queryKey: ['matter', matter.id] });
      void queryClient.invalidateQueries({ queryKey: ['matters'] });
    },
  });
}
