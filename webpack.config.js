/* eslint-disable no-undef */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const webpack = require("webpack");

const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
/** Office's scripts the pages load from its CDN: office.js, and the custom functions runtime for functions.html. */
const OFFICE_SCRIPTS = ["office.js", "custom-functions-runtime.js"];
const LOCAL_OFFICE_JS = "office-js/";
const DEV_URL = "https://localhost:3000/";
const OFFICE_JS_DIST = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const CERTS_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const FUNCTIONS_SCRIPT = "./src/functions/functions.ts";
const { PREVIEW_HOST, previewPort } = require("./scripts/previewServer.cjs");

/**
 * The pages the manifest points at, each with its own bundle (support.html has none). The ribbon command
 * and the custom functions are compiled to ES5 (`legacy`): Excel may run them in an Internet Explorer 11
 * or EdgeHTML webview. The task pane needs a current webview, and says so where it has none (taskpane.html).
 */
const PAGES = [
  // The task pane's first script (firstView.ts) loads the React pane (index.tsx) once Office is ready.
  {
    name: "taskpane",
    script: "./src/taskpane/firstView.ts",
    template: "./src/taskpane/taskpane.html",
    firstView: true,
  },
  { name: "commands", script: "./src/commands/commands.ts", template: "./src/commands/commands.html", legacy: true },
  { name: "functions", script: FUNCTIONS_SCRIPT, template: "./src/functions/functions.html", legacy: true },
  { name: "support", template: "./src/taskpane/support.html" },
];

/** The certificates office-addin-dev-certs creates, read directly; undefined when absent. */
function devCertificates() {
  const files = Object.entries({ key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" }).map(([option, name]) => [
    option,
    path.join(CERTS_DIR, name),
  ]);
  if (!files.every(([, file]) => fs.existsSync(file))) return undefined;
  return Object.fromEntries(files.map(([option, file]) => [option, fs.readFileSync(file)]));
}

/** In development, pages load the local copies of Office's scripts instead of Office's CDN. */
class LocalOfficeJsPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("LocalOfficeJsPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap("LocalOfficeJsPlugin", (data) => {
        data.html = data.html.split(OFFICE_CDN).join(LOCAL_OFFICE_JS);
        return data;
      });
    });
  }
}

/** functions.zh-CN.json: the generated functions.json with the Chinese descriptions of src/functions/localization.ts. */
class LocalizedFunctionsMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedFunctionsMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizedFunctionsMetadataPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const metadata = compilation.getAsset("functions.json");
          if (!metadata) return;
          const unregister = require("tsx/cjs/api").register();
          const { localizeFunctionsMetadata } = require("./src/functions/localization.ts");
          unregister();
          compilation.emitAsset(
            "functions.zh-CN.json",
            new webpack.sources.RawSource(localizeFunctionsMetadata(metadata.source.source().toString())),
          );
        },
      );
    });
  }
}

/** office.js, the file map it loads from its own folder, the Excel host scripts and their strings. */
function localOfficeJsPatterns() {
  const files = [
    ...OFFICE_SCRIPTS,
    "o15apptofilemappingtable.js",
    "excel*.js",
    "en-us/office_strings.js",
    "zh-cn/office_strings.js",
  ];
  return files.map((file) => ({
    from: file,
    context: OFFICE_JS_DIST,
    to: path.posix.join("office-js", path.posix.dirname(file), "[name][ext]"),
    globOptions: { ignore: ["**/*.debug.js"] },
    info: { minimized: true },
  }));
}

/** Production manifests may point at the deployed site: ADDIN_URL=https://example.org/budget/ npm run build. */
function manifestForDeployment(content, dev) {
  const target = process.env.ADDIN_URL;
  if (dev || !target) return content;
  return content
    .toString()
    .split(DEV_URL)
    .join(target.endsWith("/") ? target : `${target}/`);
}

/** Modules the build runs in Node.js, bundling their exports as data (scripts/prebuiltModuleLoader.cjs). */
const PREBUILT_MODULE = /\.prebuilt\.ts$/;

/**
 * What every bundle shares: the browser target and TypeScript through ts-loader. The pane is ES2020 like
 * tsconfig (webpack's runtime then reads globalThis instead of falling back to new Function); `legacy`
 * bundles are ES5, TypeScript lowering the syntax (iteration through its helpers) and webpack writing
 * its runtime in ES5. No polyfill is added: what those bundles call beyond ES5 is listed in README.
 */
function baseConfig(dev, legacy = false) {
  const compilerOptions = legacy ? { target: "ES5", downlevelIteration: true } : {};
  return {
    target: ["web", legacy ? "es5" : "es2020"],
    devtool: dev ? "source-map" : false,
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: [/node_modules/, PREBUILT_MODULE],
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions } },
        },
        // Run at build time: the bundle holds what such a module exports, not the code that computed it.
        { test: PREBUILT_MODULE, use: { loader: path.resolve(__dirname, "scripts/prebuiltModuleLoader.cjs") } },
      ],
    },
  };
}

/**
 * decimal.js without the methods the product never calls (scripts/decimalSubsetLoader.cjs), for the ES5
 * bundles: the custom functions download it before they compute anything.
 */
const DECIMAL_SUBSET_RULE = {
  test: /[\\/]decimal\.js[\\/]decimal\.mjs$/,
  use: { loader: path.resolve(__dirname, "scripts/decimalSubsetLoader.cjs") },
};

/** The files the ES5 build writes beside the pane's, which the pane's build must not clean away. */
const LEGACY_FILES = new RegExp(
  `^(${PAGES.filter((page) => page.legacy)
    .map((page) => page.name)
    .join("|")})(\\.zh-CN)?\\.(js|html|json|js\\.map)$`,
);

/**
 * An HTML page per entry of `pages`, with its bundle (or none). The task pane's page holds its first view
 * (FirstViewPlugin) and runs its first script at the end of its body, before the browser first paints it:
 * the script picks the view's language.
 */
function pagePlugins(pages) {
  return pages.map(
    (page) =>
      new HtmlWebpackPlugin({
        filename: `${page.name}.html`,
        template: page.template,
        chunks: page.script ? [page.name] : [],
        ...(page.firstView ? { inject: "body", scriptLoading: "blocking" } : {}),
      }),
  );
}

const FIRST_VIEW_CONTAINER = '<div id="container"></div>';

/**
 * The task pane's first view, rendered into taskpane.html when the pane is built: both languages'
 * Templates view as static HTML and the CSS its Fluent components need (src/taskpane/firstView.render.tsx),
 * so the page shows the view before any of the pane's React code has loaded.
 */
class FirstViewPlugin {
  constructor(pages) {
    this.files = pages.filter((page) => page.firstView).map((page) => `${page.name}.html`);
  }

  apply(compiler) {
    compiler.hooks.compilation.tap("FirstViewPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).afterTemplateExecution.tap("FirstViewPlugin", (data) => {
        if (!this.files.includes(data.outputName)) return data;
        if (!data.html.includes(FIRST_VIEW_CONTAINER)) {
          throw new Error(`${data.outputName} has no ${FIRST_VIEW_CONTAINER} for the first view`);
        }
        const unregister = require("tsx/cjs/api").register();
        try {
          // Rendered afresh on every build: the view depends on every file the pane's App imports.
          const modulePath = require.resolve("./src/taskpane/firstView.render.tsx");
          for (const key of Object.keys(require.cache)) {
            if (key.startsWith(path.join(__dirname, "src"))) delete require.cache[key];
          }
          const { styles, views } = require(modulePath).firstViewMarkup();
          data.html = data.html
            .replace("</head>", () => `${styles}</head>`)
            .replace(FIRST_VIEW_CONTAINER, () => `<div id="container">${views}</div>`);
        } finally {
          unregister();
        }
        return data;
      });
    });
  }
}

const entriesOf = (pages) =>
  Object.fromEntries(pages.filter((page) => page.script).map((page) => [page.name, page.script]));

/**
 * The add-in: the pages the manifest names and their bundles, into dist/. Two compilations, as a bundle's
 * language level is the compilation's: the task pane (and what the build copies), then the ES5 bundles.
 */
function addinConfig(env, dev) {
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const certificates = serving ? devCertificates() : undefined;
  const outputPath = path.resolve(__dirname, "dist");
  const performance = { hints: dev ? false : "warning", maxAssetSize: 512 * 1024, maxEntrypointSize: 512 * 1024 };
  const pane = {
    ...baseConfig(dev),
    name: "pane",
    entry: entriesOf(PAGES.filter((page) => !page.legacy)),
    // What the pane loads on demand (the health check, the Excel layer) comes in chunks whose names change
    // with their content, so a new deployment never meets a stale cached chunk.
    output: {
      path: outputPath,
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: { keep: LEGACY_FILES },
    },
    performance,
    plugins: [
      ...pagePlugins(PAGES.filter((page) => !page.legacy)),
      new FirstViewPlugin(PAGES),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "[name][ext]", transform: (content) => manifestForDeployment(content, dev) },
          ...(dev ? localOfficeJsPatterns() : []),
        ],
      }),
      ...(dev ? [new LocalOfficeJsPlugin()] : []),
    ],
    devServer: {
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: certificates ? { type: "https", options: certificates } : { type: "http" },
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
    },
  };
  const legacyBase = baseConfig(dev, true);
  const legacy = {
    ...legacyBase,
    module: { rules: [...legacyBase.module.rules, DECIMAL_SUBSET_RULE] },
    name: "legacy",
    // After the pane's build, whose cleaning of the output directory then never meets these files.
    dependencies: ["pane"],
    entry: entriesOf(PAGES.filter((page) => page.legacy)),
    output: { path: outputPath, filename: "[name].js", clean: false },
    performance,
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SCRIPT }),
      new LocalizedFunctionsMetadataPlugin(),
      ...pagePlugins(PAGES.filter((page) => page.legacy)),
      ...(dev ? [new LocalOfficeJsPlugin()] : []),
    ],
  };
  return [pane, legacy];
}

/**
 * The preview (webpack --env preview): the task pane beside an in-memory workbook computed by
 * HyperFormula (GPL-3.0), for development and the browser tests only. It is its own build, never part
 * of dist/: served from memory by `npm run preview`, or written to out/preview/ (or --output-path).
 */
function previewConfig(dev) {
  return {
    ...baseConfig(dev),
    entry: { preview: "./src/preview/index.tsx" },
    output: { path: path.resolve(__dirname, "out", "preview"), filename: "[name].js", clean: true },
    // Never shipped: minifying HyperFormula would only slow every build of it down.
    optimization: { minimize: false },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/preview/preview.html" }),
      // The page's icon, so the browser asks for no /favicon.ico.
      new CopyWebpackPlugin({ patterns: [{ from: "assets/icon-32.png", to: "assets/[name][ext]" }] }),
    ],
    devServer: {
      static: false,
      host: PREVIEW_HOST,
      port: previewPort(),
      server: { type: "http" },
      hot: false,
      client: { overlay: { warnings: false } },
      onListening: (server) => {
        const { port } = server.server.address();
        console.log(`\nCampaign Budget preview: http://localhost:${port}/  (?lang=en|zh, ?theme=light|dark)\n`);
      },
    },
  };
}

module.exports = (env, options) => {
  const dev = options.mode === "development";
  return env && env.preview ? previewConfig(dev) : addinConfig(env, dev);
};
