/** "Xã Cẩm Giàng (02008)": the unit by its name where the register has one, always with its code. */
export const unitLabel = (dossier: { readonly unit: { readonly code: string }; readonly unitName: string | null }) =>
  dossier.unitName ? `${dossier.unitName} (${dossier.unit.code})` : dossier.unit.code;
