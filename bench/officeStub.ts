/**
 * A stand-in for office.js in a plain browser: Office.onReady resolves at once, as in Excel once the
 * host is ready, with Excel's requirement sets reported as supported. Office's own script, loaded from
 * Office's CDN, cannot be fetched here; the pane's load is measured without it.
 */
export const OFFICE_JS_STUB = `
window.Office = {
  HostType: { Excel: "Excel" },
  context: {
    displayLanguage: "en-US",
    requirements: { isSetSupported: function () { return true; } },
  },
  onReady: function (callback) {
    var info = { host: "Excel", platform: "PC" };
    return Promise.resolve(info).then(function (ready) {
      if (callback) callback(ready);
      return ready;
    });
  },
};
`;
