import { encodeSearchAttributeIndexedValueType } from '@temporalio/common/lib/search-attributes';
import type { NativeConnection } from '@temporalio/worker';

import { DOSSIER_SEARCH_ATTRIBUTES } from '@ntm/workflows/dossier/search-attributes';

/** gRPC status codes: a registration that already happened; a server without the listing. */
const ALREADY_EXISTS = 6;
const UNIMPLEMENTED = 12;

type OperatorService = Pick<NativeConnection['operatorService'], 'listSearchAttributes' | 'addSearchAttributes'>;

/**
 * Registers the dossier's search attributes the namespace lacks. A workflow upserting an
 * attribute the server does not know fails its task until it is registered, so the worker does
 * it before polling, on any Temporal (the dev server also gets them as start flags; the
 * time-skipping test server takes no flags for them).
 */
export async function registerSearchAttributes(
  connection: { readonly operatorService: OperatorService },
  namespace: string,
): Promise<string[]> {
  const known = await registered(connection.operatorService, namespace);
  const missing = Object.values(DOSSIER_SEARCH_ATTRIBUTES).filter((key) => !known.has(key.name));
  if (missing.length === 0) return [];
  const searchAttributes = Object.fromEntries(
    missing.map((key) => {
      const type = encodeSearchAttributeIndexedValueType(key.type);
      if (type === undefined) throw new Error(`search attribute ${key.name}: no indexed type for ${key.type}`);
      return [key.name, type];
    }),
  );
  try {
    await connection.operatorService.addSearchAttributes({ namespace, searchAttributes });
  } catch (error) {
    // Another worker starting at the same time registered them first.
    if ((error as { code?: unknown }).code !== ALREADY_EXISTS) throw error;
  }
  return missing.map((key) => key.name);
}

/** Custom attributes of the namespace; none known on the time-skipping server, which cannot list them. */
async function registered(operator: OperatorService, namespace: string): Promise<Set<string>> {
  try {
    const { customAttributes } = await operator.listSearchAttributes({ namespace });
    return new Set(Object.keys(customAttributes ?? {}));
  } catch (error) {
    if ((error as { code?: unknown }).code !== UNIMPLEMENTED) throw error;
    return new Set();
  }
}
