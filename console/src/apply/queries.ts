import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/http';
import type { MatterKind, MatterState } from '../api/contract';
import type { FormValues } from './form-model';

export function useSubmitMatter(kind: MatterKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (form: FormValues) => api<MatterState>(`/api/v1/matters/${kind}`, { method: 'POST', body: form }),
    onSuccess: (matter) => {
      queryClient.setQueryData(['matter', matter.id], matter);
      void queryClient.invalidateQueries({ queryKey: ['matters'] });
    },
  });
}

export function useResubmitForm(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (form: FormValues) => api<MatterState>(`/api/v1/matters/${encodeURIComponent(id)}/form`, { method: 'PUT', body: form }),
    onSuccess: (matter) => {
      queryClient.setQueryData(['matter', matter.id], matter);
      void queryClient.invalidateQueries({ queryKey: ['matter', id] });
      void queryClient.invalidateQueries({ queryKey: ['matters'] });
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
    },
  });
}
