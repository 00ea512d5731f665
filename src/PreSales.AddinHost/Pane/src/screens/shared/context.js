import { createContext, useContext } from "react";

/** What every screen reads: { language, t, api, host, deal, exchangeIndex, reloadDeal }. */
export const PaneContext = createContext(null);
export const usePane = () => useContext(PaneContext);
