/**
 * Told what an action did: the page says it above its cards, because the card that did it leaves
 * the page as soon as the dossier moves on (a consolidated step has nothing left to consolidate).
 */
export type Done = (message: string) => void;
