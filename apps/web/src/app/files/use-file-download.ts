import { useClientHandle, type AnyVariables, type TypedDocumentNode } from '@urql/vue';
import { ref } from 'vue';
import { useErrorMessage } from '../errors/use-error-message';
import { saveBase64File, type Base64File } from './file-transfer';

// A query that answers with a FileDownload (a ledger, a template): fetched fresh every time, then
// saved as a Blob under the server's file name. Resolves to '' on success or the error sentence.
export function useFileDownload<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  pick: (data: Data) => Base64File,
) {
  const { client } = useClientHandle();
  const { message } = useErrorMessage();
  const downloading = ref(false);

  async function download(variables: Variables): Promise<string> {
    downloading.value = true;
    try {
      const result = await client.query(document, variables, { requestPolicy: 'network-only' }).toPromise();
      if (!result.data) return message(result.error);
      saveBase64File(pick(result.data));
      return '';
    } finally {
      downloading.value = false;
    }
  }

  return { download, downloading };
}
