// The pane's shell: the language, the deal and exchange, and the screens of the host it runs in (all of them in a browser).
import { useCallback, useMemo, useState } from "react";
import { FluentProvider, Select, Tab, TabList, Text, webLightTheme } from "@fluentui/react-components";
import { hostClient } from "./api/client.js";
import { languageFrom, text } from "./i18n/strings.js";
import { PaneContext } from "./screens/shared/context.js";
import { DealBar } from "./screens/deal/DealBar.jsx";
import { DeckRoutine } from "./screens/deck/DeckRoutine.jsx";
import { SingleSlides } from "./screens/slides/SingleSlides.jsx";
import { DeckReview } from "./screens/review/DeckReview.jsx";
import { Minutes } from "./screens/minutes/Minutes.jsx";
import { Documents } from "./screens/documents/Documents.jsx";
import { Knowledge } from "./screens/knowledge/Knowledge.jsx";

const screens = {
  deck: DeckRoutine, slides: SingleSlides, review: DeckReview, minutes: Minutes, documents: Documents, knowledge: Knowledge,
};
export const tabsOf = (host) =>
  host === "PowerPoint" ? ["deck", "slides", "review", "knowledge"]
    : host === "Word" ? ["minutes", "documents", "knowledge"]
      : ["deck", "slides", "review", "minutes", "documents", "knowledge"];

const chosenLanguageKey = "presales.language";

export function App({ host, displayLanguage }) {
  const [language, setLanguage] = useState(() => {
    try {
      return localStorage.getItem(chosenLanguageKey) ?? languageFrom(displayLanguage);
    } catch {
      return languageFrom(displayLanguage);
    }
  });
  const [deal, setDeal] = useState(null);
  const [exchangeIndex, setExchangeIndex] = useState(null);
  const tabs = tabsOf(host);
  const [tab, setTab] = useState(tabs[0]);
  const t = useCallback((key, values) => text(language, key, values), [language]);
  const api = useMemo(() => hostClient({ language: () => language }), [language]);

  const reloadDeal = useCallback(async (id) => {
    const fresh = await api.getDeal(id ?? deal.id);
    setDeal(fresh);
    return fresh;
  }, [api, deal]);

  const chooseDeal = async (id) => {
    setExchangeIndex(null);
    if (!id) return setDeal(null);
    const fresh = await api.getDeal(id).catch(() => null);
    setDeal(fresh);
    const exchanges = fresh?.exchanges ?? [];
    const planned = exchanges.findIndex((x) => x.status === "planned");
    setExchangeIndex(exchanges.length === 0 ? null : planned >= 0 ? planned : exchanges.length - 1);
  };

  const switchLanguage = (value) => {
    setLanguage(value);
    document.documentElement.lang = value;
    try {
      localStorage.setItem(chosenLanguageKey, value);
    } catch {
      // private mode: the choice lasts for this session
    }
  };
  document.documentElement.lang = language;

  const Screen = screens[tab];
  const context = { language, t, api, host, deal, exchangeIndex, reloadDeal };
  return (
    <FluentProvider theme={webLightTheme} lang={language}>
      <PaneContext.Provider value={context}>
        <header className="pane-header">
          <div className="brand">
            <img src="/assets/icon-32.png" alt="" width="24" height="24" />
            <h1>{t("app.name")}</h1>
          </div>
          <Select aria-label={t("app.language")} value={language} onChange={(_, d) => switchLanguage(d.value)} size="small"
            data-testid="language" className="language">
            <option value="zh-CN">中文</option>
            <option value="en-US">English</option>
          </Select>
        </header>
        <Text as="p" size={200} className="host-line" data-testid="host-line">{t(host ? `host.${host}` : "host.none")}</Text>
        <main>
          <DealBar onDeal={chooseDeal} onExchange={setExchangeIndex} />
          <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value)} aria-label={t("tabs.label")} className="tabs" size="small">
            {tabs.map((name) => <Tab key={name} value={name} data-testid={`tab-${name}`}>{t(`tab.${name}`)}</Tab>)}
          </TabList>
          <div role="tabpanel" className="screen" aria-label={t(`tab.${tab}`)}>
            <Screen key={tab} />
          </div>
        </main>
      </PaneContext.Provider>
    </FluentProvider>
  );
}
