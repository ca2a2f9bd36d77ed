import { useMutation } from '@urql/vue';
import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { SKIP_AUTH_REDIRECT } from '@/app/graphql/client';
import { useErrorMessage } from '@/app/errors/use-error-message';
import { useAuthStore } from '@/app/stores/auth-store';
import { LoginDocument } from '@/gql/graphql';

export function useLogin() {
  const auth = useAuthStore();
  const { t } = useI18n();
  const { message } = useErrorMessage();
  const mutation = useMutation(LoginDocument);
  const error = ref('');

  async function login(username: string, password: string): Promise<boolean> {
    error.value = '';
    // A wrong password comes back as UNAUTHENTICATED: an answer for this form, not a lost session.
    const result = await mutation.executeMutation({ username, password }, SKIP_AUTH_REDIRECT);
    const payload = result.data?.login;
    if (!payload) {
      // Lock-outs and disabled accounts carry the server's own sentence (e.g. until when).
      error.value = result.error
        ? message(result.error, { UNAUTHENTICATED: 'auth.login.badCredentials' })
        : t('errors.unknown');
      return false;
    }
    auth.setSession(payload.token, payload.user);
    return true;
  }

  return { login, error, submitting: mutation.fetching };
}
