import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { REQUIRED_EXCEL_API } from "../src/excel/requirements";

/*
 * office-addin-manifest validate needs a remote service, so the manifest is checked here: well-formed,
 * every resource defined and translated, every URL served by the build, the ribbon wired to the code.
 */

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const DEV_ORIGIN = "https://localhost:3000/";

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

type OrderedNode = Record<string, unknown> & { ":@"?: Record<string, string> };

function toElements(nodes: OrderedNode[]): XmlElement[] {
  const elements: XmlElement[] = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((key) => key !== ":@");
    if (!name || name === "#text" || name.startsWith("?")) continue;
    const content = node[name] as OrderedNode[];
    elements.push({
      name,
      attrs: node[":@"] ?? {},
      children: toElements(content),
      text: content
        .map((child) => child["#text"])
        .filter((text) => text !== undefined)
        .join(""),
    });
  }
  return elements;
}

function parseManifest(xml: string): XmlElement {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
  });
  const [root] = toElements(parser.parse(xml) as OrderedNode[]);
  return root;
}

function* descendants(element: XmlElement): Generator<XmlElement> {
  for (const child of element.children) {
    yield child;
    yield* descendants(child);
  }
}

function all(element: XmlElement, name: string): XmlElement[] {
  return [...descendants(element)].filter((candidate) => candidate.name === name);
}

function only(element: XmlElement, name: string): XmlElement {
  const found = all(element, name);
  expect(found, `exactly one <${name}>`).toHaveLength(1);
  return found[0];
}

function child(element: XmlElement, name: string): XmlElement {
  const found = element.children.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`<${element.name}> has no <${name}>`);
  return found;
}

const root = parseManifest(MANIFEST);
const resources = only(root, "Resources");
const resourceKinds = ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"] as const;
type ResourceKind = (typeof resourceKinds)[number];

/** Every resource definition: id → its kind, default value and zh-CN override. */
const definitions = new Map<string, { kind: ResourceKind; value: string; zh: string | undefined }>();
for (const kind of resourceKinds) {
  for (const definition of child(resources, kind).children) {
    const override = definition.children.find(
      (candidate) => candidate.name === "bt:Override" && candidate.attrs.Locale === "zh-CN",
    );
    definitions.set(definition.attrs.id, { kind, value: definition.attrs.DefaultValue, zh: override?.attrs.Value });
  }
}

function resolve(resid: string): string {
  const definition = definitions.get(resid);
  if (!definition) throw new Error(`resid ${resid} is not defined`);
  return definition.value;
}

function customFunctions(): XmlElement {
  const points = all(root, "ExtensionPoint").filter((point) => point.attrs["xsi:type"] === "CustomFunctions");
  expect(points).toHaveLength(1);
  return points[0];
}

/** The control on the ribbon whose label resolves to `label`. */
function controlLabelled(label: string): XmlElement {
  const control = all(root, "Control").find((candidate) => resolve(child(candidate, "Label").attrs.resid) === label);
  if (!control) throw new Error(`no ribbon control labelled ${label}`);
  return control;
}

/** The files one production build writes, as webpack.config.js declares them. */
function builtFiles(): Set<string> {
  const require = createRequire(import.meta.url);
  const makeConfig = require(join(ROOT, "webpack.config.js")) as (
    env: Record<string, unknown>,
    options: { mode: string },
  ) => { entry: Record<string, unknown>; plugins: object[] } | { entry: Record<string, unknown>; plugins: object[] }[];
  // The pane's compilation and the ES5 one of the command and the functions, into the same directory.
  const configs = ([] as { entry: Record<string, unknown>; plugins: object[] }[]).concat(
    makeConfig({}, { mode: "production" }),
  );
  const files = new Set(configs.flatMap((config) => Object.keys(config.entry).map((name) => `${name}.js`)));
  // HtmlWebpackPlugin keeps its options as userOptions; CustomFunctionsMetadataPlugin as options.
  const plugins = configs.flatMap((config) => config.plugins);
  for (const plugin of plugins as { userOptions?: { filename?: unknown }; options?: { output?: unknown } }[]) {
    if (typeof plugin.userOptions?.filename === "string") files.add(plugin.userOptions.filename);
    if (typeof plugin.options?.output === "string") files.add(plugin.options.output);
  }
  return files;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("ascii"), `${file} is a PNG`).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  it("is well-formed XML for a task-pane add-in", () => {
    expect(XMLValidator.validate(MANIFEST)).toBe(true);
    expect(root.name).toBe("OfficeApp");
    expect(root.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(only(root, "Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(only(root, "ProviderName").text).toBe("Campaign Budget");
    expect(only(root, "DefaultLocale").text).toBe("en-US");
    expect(only(root, "VersionOverrides").attrs["xsi:type"]).toBe("VersionOverridesV1_0");
  });

  it("targets Excel workbooks that have the ExcelApi set inserting a budget needs, and nothing else", () => {
    const hosts = child(root, "Hosts").children.map((host) => host.attrs.Name);
    expect(hosts).toEqual(["Workbook"]);
    const sets = child(root, "Requirements").children.flatMap((sets) => sets.children.map((set) => set.attrs));
    // The insertion's calls decide it (src/excel/requirements.ts); reading a sheet needs less.
    expect(REQUIRED_EXCEL_API).toBe("1.9");
    expect(sets).toEqual([{ Name: "ExcelApi", MinVersion: REQUIRED_EXCEL_API }]);
    expect(child(root, "Requirements").children[0].attrs.DefaultMinVersion).toBe(REQUIRED_EXCEL_API);
  });

  it("asks for ReadWriteDocument and nothing more", () => {
    expect(only(root, "Permissions").text).toBe("ReadWriteDocument");
  });

  it("runs the custom functions in the JavaScript-only runtime, whose page loads Office's runtime script", () => {
    expect(all(root, "Runtimes")).toHaveLength(0);
    expect(MANIFEST).not.toMatch(/SharedRuntime/);
    const page = readFileSync(join(ROOT, "src/functions/functions.html"), "utf8");
    const scripts = [...page.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]);
    expect(scripts).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/custom-functions-runtime.js"]);
  });

  it("defines every resid it references, once, with a short id", () => {
    const ids = resourceKinds.flatMap((kind) =>
      child(resources, kind).children.map((definition) => definition.attrs.id),
    );
    expect(new Set(ids).size, "resource ids are unique").toBe(ids.length);
    for (const id of ids) expect(id.length, id).toBeLessThanOrEqual(32);
    const referenced = [...descendants(root)].map((element) => element.attrs.resid).filter(Boolean);
    expect(referenced.length).toBeGreaterThan(10);
    for (const resid of referenced) expect(definitions.has(resid), `resid ${resid} is defined`).toBe(true);
    for (const id of ids) expect(referenced, `resource ${id} is used`).toContain(id);
  });

  it("refers to each kind of resource where that kind belongs", () => {
    for (const element of descendants(root)) {
      const resid = element.attrs.resid;
      if (!resid) continue;
      const kind = definitions.get(resid)?.kind;
      if (element.name === "bt:Image") expect(kind, resid).toBe("bt:Images");
      if (["SourceLocation", "FunctionFile", "LearnMoreUrl"].includes(element.name))
        expect(kind, resid).toBe("bt:Urls");
      if (["Label", "Title", "Namespace"].includes(element.name)) expect(kind, resid).toBe("bt:ShortStrings");
      if (element.name === "Description") expect(kind, resid).toBe("bt:LongStrings");
    }
  });

  it("translates every string into zh-CN, within Office's length limits", () => {
    for (const name of ["DisplayName", "Description"]) {
      const element = child(root, name);
      const zh = element.children.find((override) => override.attrs.Locale === "zh-CN")?.attrs.Value;
      expect(zh, `${name} has a zh-CN override`).toMatch(/\p{Script=Han}/u);
    }
    const strings = [...definitions].filter(([, definition]) => definition.kind.endsWith("Strings"));
    expect(strings.length).toBeGreaterThanOrEqual(6);
    for (const [id, { kind, value, zh }] of strings) {
      const limit = kind === "bt:ShortStrings" ? 125 : 250;
      expect(zh, `${id} has a zh-CN override`).toBeTruthy();
      expect(value.length, id).toBeLessThanOrEqual(limit);
      expect(zh!.length, id).toBeLessThanOrEqual(limit);
    }
  });

  it("names the functions' namespace BUDGET in every language", () => {
    const resid = child(customFunctions(), "Namespace").attrs.resid;
    const definition = definitions.get(resid)!;
    expect(definition.value).toBe("BUDGET");
    expect(definition.value).toMatch(/^[A-Za-z0-9.]{1,32}$/);
    expect(definition.zh).toBe("BUDGET");
  });

  it("serves everything over https from files the build writes or assets/ holds", () => {
    const built = builtFiles();
    for (const file of ["taskpane.html", "commands.html", "functions.html", "functions.js", "functions.json"]) {
      expect(built, `the build writes ${file}`).toContain(file);
    }
    const urls = [...descendants(root)]
      .map((element) => element.attrs.DefaultValue)
      .filter((value): value is string => value?.includes("://") ?? false);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) {
      expect(url, url).toMatch(/^https:\/\//);
      expect(url.startsWith(DEV_ORIGIN), url).toBe(true);
      const file = url.slice(DEV_ORIGIN.length);
      if (file.startsWith("assets/")) expect(existsSync(join(ROOT, file)), `${file} exists`).toBe(true);
      else expect(built, `the build writes ${file}`).toContain(file);
    }
  });

  it("uses icons of the sizes it declares", () => {
    const iconFile = (url: string) => join(ROOT, url.slice(DEV_ORIGIN.length));
    expect(pngSize(iconFile(only(root, "IconUrl").attrs.DefaultValue))).toEqual({ width: 32, height: 32 });
    expect(pngSize(iconFile(only(root, "HighResolutionIconUrl").attrs.DefaultValue))).toEqual({
      width: 64,
      height: 64,
    });
    for (const image of all(root, "bt:Image").filter((element) => element.attrs.size)) {
      const size = Number(image.attrs.size);
      expect(pngSize(iconFile(resolve(image.attrs.resid))), image.attrs.resid).toEqual({ width: size, height: size });
    }
  });

  it("loads the pages the task pane, ribbon and functions need", () => {
    const extension = customFunctions();
    expect(resolve(child(child(extension, "Script"), "SourceLocation").attrs.resid)).toBe(`${DEV_ORIGIN}functions.js`);
    expect(resolve(child(child(extension, "Page"), "SourceLocation").attrs.resid)).toBe(`${DEV_ORIGIN}functions.html`);
    expect(resolve(child(child(extension, "Metadata"), "SourceLocation").attrs.resid)).toBe(
      `${DEV_ORIGIN}functions.json`,
    );
    expect(only(child(root, "DefaultSettings"), "SourceLocation").attrs.DefaultValue).toBe(
      `${DEV_ORIGIN}taskpane.html`,
    );
    expect(resolve(only(root, "FunctionFile").attrs.resid)).toBe(`${DEV_ORIGIN}commands.html`);
  });

  it("puts a Campaign Budget group on the Home tab", () => {
    const tab = only(root, "OfficeTab");
    expect(tab.attrs.id).toBe("TabHome");
    const group = child(tab, "Group");
    expect(resolve(child(group, "Label").attrs.resid)).toBe("Campaign Budget");
    expect(group.children.filter((element) => element.name === "Control")).toHaveLength(2);
  });

  it("runs insertBudget from the Insert budget button, the function the command file associates", () => {
    const insert = controlLabelled("Insert budget");
    expect(definitions.get(child(insert, "Label").attrs.resid)?.zh).toBe("插入预算表");
    const action = child(insert, "Action");
    expect(action.attrs["xsi:type"]).toBe("ExecuteFunction");
    expect(child(action, "FunctionName").text).toBe("insertBudget");
    const commands = readFileSync(join(ROOT, "src/commands/commands.ts"), "utf8");
    expect(commands).toContain('Office.actions.associate("insertBudget", insertBudgetCommand)');
  });

  it("opens the task pane from the Open Campaign Budget button", () => {
    const open = controlLabelled("Open Campaign Budget");
    expect(definitions.get(child(open, "Label").attrs.resid)?.zh).toBe("打开预算助手");
    const action = child(open, "Action");
    expect(action.attrs["xsi:type"]).toBe("ShowTaskpane");
    expect(resolve(child(action, "SourceLocation").attrs.resid)).toBe(`${DEV_ORIGIN}taskpane.html`);
  });

  it("gives every ribbon control a tooltip", () => {
    for (const control of all(root, "Control")) {
      const supertip = child(control, "Supertip");
      expect(resolve(child(supertip, "Description").attrs.resid).length).toBeGreaterThan(20);
    }
  });
});
