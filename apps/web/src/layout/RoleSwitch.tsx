import { Select } from 'antd';
import { useTranslation } from 'react-i18next';

import { type Grant, grantLabel, useSession } from '../auth/session';

/** The acting-role choice of a user with several grants (its own chunk: most users have one). */
export default function RoleSwitch({ describe }: { readonly describe: (grant: Grant) => string }) {
  const { t } = useTranslation();
  const { grant, options, chooseGrant } = useSession();
  return (
    <Select
      aria-label={t('app.actingAs')}
      className="acting-role"
      value={grantLabel(grant)}
      onChange={(label) => {
        const chosen = options.find((each) => grantLabel(each) === label);
        if (chosen) chooseGrant(chosen);
      }}
      options={options.map((each) => ({ value: grantLabel(each), label: describe(each) }))}
    />
  );
}
