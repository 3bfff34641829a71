import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import vm from "node:vm";

/**
 * Microsoft's Excel client library (the code office.js loads for Excel on Windows), run in a Node
 * `vm` context. It builds the real requests: every member the Excel layer touches is the library's
 * own, its API-set checks run against the requirement sets given, and each `context.sync()` reaches
 * a transport the caller supplies instead of Excel.
 */

const require = createRequire(import.meta.url);
export const OFFICE_JS_DIST = join(dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
/** The library as Office ships it. */
export const EXCEL_LIBRARY = "excel-win32-16.01.js";
/** Its readable build, the same version: where the class metadata is read from. */
const EXCEL_LIBRARY_SOURCE = "excel-win32-16.01.debug.js";

/** What one class of the library declares. */
export interface ClassInfo {
  name: string;
  isCollection: boolean;
  /** Scalar properties by their JavaScript name. */
  scalars: Map<string, { original: string; updateable: boolean }>;
  /** Navigation properties by their JavaScript name. */
  navigations: Map<string, { original: string; type: string }>;
  /** Navigation properties by the name the request uses. */
  navigationsByOriginal: Map<string, string>;
  /** Methods returning an object, by the name the request uses: the class they return. */
  objectMethods: Map<string, string>;
  /** Methods sent as actions (returning a value or nothing), by the name the request uses. */
  invokedMethods: Set<string>;
  /** A collection's item class (from getItem or its results). */
  itemType?: string;
}

export type ClassMetadata = Map<string, ClassInfo>;

/** The transport's view of one `context.sync()`: the request body, and what Excel would answer. */
export interface RequestTransport {
  execute(body: RichApiRequest): RichApiResponse;
}

export interface RichApiObjectPath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
}

export interface RichApiAction {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

export interface RichApiRequest {
  Actions: RichApiAction[];
  ObjectPaths: Record<string, RichApiObjectPath>;
}

export interface RichApiResponse {
  Results: { ActionId: number; Value: unknown }[];
  Error?: { Code: string; Message: string; HttpStatusCode: number; ActionIndex: number; Location?: string };
}

let metadataCache: ClassMetadata | undefined;

/** Splits the Excel part of the library into its classes and reads what each declares. */
export function excelClassMetadata(): ClassMetadata {
  if (metadataCache) return metadataCache;
  const source = readFileSync(join(OFFICE_JS_DIST, EXCEL_LIBRARY_SOURCE), "utf8");
  const excel = source.slice(source.indexOf("var _BeginExcel"), source.indexOf("var _EndExcel"));
  const starts = [...excel.matchAll(/var (\w+) = \(function \(_super\) \{\s*__extends\(\1, _super\);/g)];
  const classes: ClassMetadata = new Map();
  starts.forEach((start, index) => {
    const block = excel.slice(start.index, starts[index + 1]?.index ?? excel.length);
    const name = start[1];
    const info: ClassInfo = {
      name,
      isCollection: /prototype, "_isCollection"/.test(block),
      scalars: new Map(),
      navigations: new Map(),
      navigationsByOriginal: new Map(),
      objectMethods: new Map(),
      invokedMethods: new Set(),
    };
    const list = (property: string): string[] => {
      const match = new RegExp(
        `prototype, "${property}", \\{\\s*get: function \\(\\) \\{\\s*return \\[([^\\]]*)\\]`,
      ).exec(block);
      return match ? [...match[1].matchAll(/"?(\w+)"?/g)].map((m) => m[1]) : [];
    };
    const names = list("_scalarPropertyNames");
    const originals = list("_scalarPropertyOriginalNames");
    const updateable = list("_scalarPropertyUpdateable");
    names.forEach((scalar, i) =>
      info.scalars.set(scalar, { original: originals[i] ?? scalar, updateable: updateable[i] === "true" }),
    );
    for (const m of block.matchAll(
      /prototype, "(\w+)", \{\s*get: function \(\) \{\s*(?:_throwIfApiNotSupported\([^;]*;\s*)?if \(!this\.\w+\) \{\s*this\.\w+ = _createPropertyObject\(Excel\.(\w+), this, "(\w+)"/g,
    )) {
      info.navigations.set(m[1], { original: m[3], type: m[2] });
      info.navigationsByOriginal.set(m[3], m[2]);
    }
    for (const m of block.matchAll(/_createMethodObject\(Excel\.(\w+), this, "(\w+)"/g))
      info.objectMethods.set(m[2], m[1]);
    for (const m of block.matchAll(/_invokeMethod\(this, "(\w+)"/g)) info.invokedMethods.add(m[1]);
    const indexer = /_createIndexerObject\(Excel\.(\w+), this/.exec(block);
    const child = /_createChildItemObject\(Excel\.(\w+),/.exec(block);
    info.itemType = indexer?.[1] ?? child?.[1];
    classes.set(name, info);
  });
  metadataCache = classes;
  return classes;
}

/** What a test sees of the library. */
export interface LoadedExcelLibrary {
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension;
  /** The sets of the members the library refused (API not found), e.g. "ExcelApi 1.7". */
  deniedSets: string[];
}

const PRIVATE_MEMBER = /^(_|m_)/;
/** Names JavaScript itself and the test runner look up on any object. */
const PROBED = new Set(["then", "toJSON", "asymmetricMatch", "$$typeof", "nodeType", "@@__IMMUTABLE_ITERABLE__@@"]);

/** Thrown where a member the library does not have is read or written. */
export class NoSuchMemberError extends Error {
  readonly code = "NoSuchMember";
}

/**
 * Loads the library into a fresh `vm` context. `isSetSupported` answers the library's requirement-set
 * checks; `transport` answers each request.
 */
export function loadExcelLibrary(
  isSetSupported: (name: string, version: string) => boolean,
  transport: RequestTransport,
  onRequest: (body: RichApiRequest, requestBytes: number, response: RichApiResponse, responseBytes: number) => void,
): LoadedExcelLibrary {
  const code = readFileSync(join(OFFICE_JS_DIST, EXCEL_LIBRARY), "utf8");
  const sandbox: Record<string, unknown> = { console, setTimeout, clearTimeout, setInterval, clearInterval };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  sandbox.navigator = { userAgent: "node" };
  vm.createContext(sandbox);
  vm.runInContext(code, sandbox, { filename: EXCEL_LIBRARY });

  const deniedSets: string[] = [];
  // Office.context.requirements, as the library reads it (window.Office.context).
  (sandbox.OSF as Record<string, unknown>)._OfficeAppFactory = {
    getContext: () => ({ requirements: { isSetSupported } }),
  };

  const OE = sandbox.OfficeExtension as Record<string, any>;
  // The API-not-found check asks CommonUtility.isSetSupported; the library's own version branches
  // (a newer way to register an event, chunked writes…) ask Utility.isSetSupported. Only the
  // first's "no" is a member refused.
  const answer = OE.CommonUtility.isSetSupported as (name: string, version: string) => boolean;
  OE.Utility.isSetSupported = answer;
  OE.CommonUtility.isSetSupported = (name: string, version: string) => {
    const supported = answer(name, version);
    if (!supported && name === "ExcelApi") deniedSets.push(`${name} ${version}`);
    return supported;
  };
  // The library ships with its API-not-found check off (CommonUtility._doApiNotSupportedCheck; the
  // flag its last line sets is on a subclass the check never reads): on here, every member above the
  // sets supported throws ApiNotFound as it is used.
  OE.CommonUtility._doApiNotSupportedCheck = true;

  // Every Excel object's prototype chain ends in a trap: a member the library does not define (a
  // typo, a member of a newer version) is refused as it is read or written, as Excel would have
  // ignored it or answered undefined.
  const root = Object.getPrototypeOf(OE.ClientObject.prototype) as object;
  const rootProto = Object.getPrototypeOf(root) as object;
  const className = (receiver: unknown) => String((receiver as { _className?: string })._className ?? "object");
  Object.setPrototypeOf(
    root,
    new Proxy(rootProto, {
      get(target, key, receiver) {
        if (typeof key === "symbol" || key in target || PRIVATE_MEMBER.test(key) || PROBED.has(key))
          return Reflect.get(target, key, receiver);
        throw new NoSuchMemberError(`${className(receiver)} has no member "${key}"`);
      },
      set(_target, key, value, receiver) {
        if (typeof key === "symbol" || PRIVATE_MEMBER.test(key))
          return Reflect.defineProperty(receiver as object, key, {
            value,
            writable: true,
            enumerable: true,
            configurable: true,
          });
        throw new NoSuchMemberError(`${className(receiver)} has no member "${String(key)}" to set`);
      },
    }),
  );

  // Events: the library registers a handler with Excel by a request (_RegisterDataChangedEvent…); the
  // host's message channel that would deliver them is declared ready.
  OE.GenericEventRegistration._testReadyImpl = () => Promise.resolve();
  const executor = {
    executeAsync(_customData: unknown, _flags: unknown, message: { Body: RichApiRequest }) {
      const body = JSON.parse(JSON.stringify(message.Body)) as RichApiRequest;
      const requestBytes = Buffer.byteLength(JSON.stringify(message.Body), "utf8");
      let response: RichApiResponse;
      try {
        response = transport.execute(body);
      } catch (error) {
        return Promise.reject(error);
      }
      const responseBytes = Buffer.byteLength(JSON.stringify(response), "utf8");
      onRequest(body, requestBytes, response, responseBytes);
      return Promise.resolve({ HttpStatusCode: 200, ErrorCode: null, ErrorMessage: null, Headers: {}, Body: response });
    },
  };
  class StandInSession extends (OE.SessionBase as { new (): object }) {
    _resolveRequestUrlAndHeaderInfo() {
      return Promise.resolve({ url: "https://excel.stand-in.invalid/", headers: {} });
    }
    _createRequestExecutorOrNull() {
      return executor;
    }
  }
  OE.SessionBase._overrideSession = new StandInSession();

  return {
    Excel: sandbox.Excel as typeof Excel,
    OfficeExtension: sandbox.OfficeExtension as typeof OfficeExtension,
    deniedSets,
  };
}
