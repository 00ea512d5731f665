import { createRoot } from "react-dom/client";
import { start } from "./office/office.js";
import { App } from "./app.jsx";

// Office first (or, in a browser, the time-out), then the pane.
start().then(({ host, displayLanguage }) => {
  createRoot(document.getElementById("root")).render(<App host={host} displayLanguage={displayLanguage} />);
});
