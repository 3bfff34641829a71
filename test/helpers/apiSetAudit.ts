import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import ts from "typescript";

/**
 * A static audit of the Office.js members the Excel layer uses. From an entry point's exported
 * function it follows every function of the project it calls or passes on, and resolves each member
 * it touches (a property or method, a name destructured from a loaded object, each segment of a
 * `load("items/name,…")` string) to its declaration in @types/office-js, whose `[Api set: ExcelApi x.y]`
 * tag says the set that brought it.
 */

export const ROOT = resolve(dirname(new URL(import.meta.url).pathname), "../..");

export interface MemberUse {
  /** "NamedItem.formula" */
  member: string;
  /** The ExcelApi set of the member, e.g. "1.7". */
  set: string;
  /** "src/excel/readBudgetSheet.ts:87" */
  at: string;
}

export function compareSets(a: string, b: string): number {
  const [aMajor, aMinor] = a.split(".").map(Number);
  const [bMajor, bMinor] = b.split(".").map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

const API_SET = /\[\s*Api set:\s*ExcelApi\s+(\d+\.\d+)/;

/** A program over the given files (and what they import), with extra in-memory files if any. */
export function auditProgram(files: readonly string[], extra: Record<string, string> = {}): ts.Program {
  const config = ts.readConfigFile(join(ROOT, "tsconfig.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const options: ts.CompilerOptions = { ...parsed.options, noEmit: true };
  const host = ts.createCompilerHost(options);
  const extraFiles = new Map(Object.entries(extra).map(([file, text]) => [resolve(ROOT, file), text]));
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, ...rest) => {
    const text = extraFiles.get(resolve(fileName));
    return text !== undefined
      ? ts.createSourceFile(fileName, text, language, true)
      : getSourceFile(fileName, language, ...rest);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => extraFiles.has(resolve(fileName)) || fileExists(fileName);
  const readFile = host.readFile.bind(host);
  host.readFile = (fileName) => extraFiles.get(resolve(fileName)) ?? readFile(fileName);
  return ts.createProgram({
    rootNames: [...files, ...extraFiles.keys()].map((file) => resolve(ROOT, file)),
    options,
    host,
  });
}

const isOfficeDeclaration = (node: ts.Node) => /[\\/]@types[\\/]office-js[\\/]/.test(node.getSourceFile().fileName);
const isProjectFile = (file: ts.SourceFile) => !file.isDeclarationFile && !file.fileName.includes("node_modules");

function apiSetOf(declaration: ts.Declaration): string | undefined {
  const text = declaration.getSourceFile().text;
  const comments = ts.getLeadingCommentRanges(text, declaration.getFullStart()) ?? [];
  for (const comment of comments.reverse()) {
    const match = API_SET.exec(text.slice(comment.pos, comment.end));
    if (match) return match[1];
  }
  return undefined;
}

function memberName(declaration: ts.Declaration): string {
  const owner = declaration.parent;
  const ownerName =
    owner && (ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) && owner.name ? owner.name.text : "?";
  const name = ts.getNameOfDeclaration(declaration);
  return `${ownerName}.${name ? name.getText() : "?"}`;
}

/** The function bodies a declaration stands for, if it is a function of the project. */
function functionBody(declaration: ts.Declaration): ts.Node | undefined {
  if (!isProjectFile(declaration.getSourceFile())) return undefined;
  if (ts.isFunctionDeclaration(declaration) || ts.isMethodDeclaration(declaration)) return declaration.body;
  if (ts.isPropertyAssignment(declaration) || ts.isVariableDeclaration(declaration)) {
    const value = declaration.initializer;
    if (value && (ts.isArrowFunction(value) || ts.isFunctionExpression(value))) return value;
  }
  return undefined;
}

/** What an exported function reaches: Office.js members with their sets, and the ExcelApi checks it makes. */
export interface Reached {
  uses: MemberUse[];
  /** The second argument of each `isSetSupported("ExcelApi", …)` reached, as written ("REQUIRED_EXCEL_API"). */
  checks: string[];
}

/** Every Office.js member with an ExcelApi set that an exported function reaches, with where. */
export function membersReached(program: ts.Program, file: string, exportName: string): MemberUse[] {
  return reached(program, file, exportName).uses;
}

export function reached(program: ts.Program, file: string, exportName: string): Reached {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(resolve(ROOT, file));
  if (!source) throw new Error(`${file} is not in the program`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  const exported = moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((s) => s.name === exportName);
  if (!exported) throw new Error(`${file} exports no ${exportName}`);

  const uses = new Map<string, MemberUse>();
  const checks = new Set<string>();
  const where = (node: ts.Node) => {
    const sf = node.getSourceFile();
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart());
    return `${sf.fileName.slice(ROOT.length + 1)}:${line + 1}`;
  };
  const record = (symbol: ts.Symbol | undefined, node: ts.Node) => {
    for (const declaration of symbol?.declarations ?? []) {
      if (!isOfficeDeclaration(declaration)) continue;
      const set = apiSetOf(declaration);
      if (!set) continue;
      const member = memberName(declaration);
      const at = where(node);
      const key = `${member}@${at}`;
      if (!uses.has(key)) uses.set(key, { member, set, at });
    }
  };
  const resolveAlias = (symbol: ts.Symbol | undefined) =>
    symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;

  /** Each segment of a load string, resolved through the loaded object's type. */
  const recordLoad = (receiver: ts.Expression, paths: string, node: ts.Node) => {
    for (const path of paths.split(",")) {
      let type = checker.getTypeAtLocation(receiver);
      for (const segment of path.trim().split("/")) {
        if (segment === "") continue;
        const property = type.getNonNullableType().getProperty(segment);
        if (!property)
          throw new Error(`${where(node)}: load("${path.trim()}"): no ${segment} on ${checker.typeToString(type)}`);
        if (segment !== "items") record(property, node);
        type = checker.getTypeOfSymbolAtLocation(property, node);
        if (segment === "items") type = checker.getIndexTypeOfType(type, ts.IndexKind.Number) ?? type;
      }
    }
  };

  const seen = new Set<ts.Node>();
  const queue: ts.Node[] = [];
  const follow = (symbol: ts.Symbol | undefined) => {
    for (const declaration of resolveAlias(symbol)?.declarations ?? []) {
      const body = functionBody(declaration);
      if (body && !seen.has(body)) {
        seen.add(body);
        queue.push(body);
      }
    }
  };
  follow(exported);

  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) {
      const symbol = checker.getSymbolAtLocation(node.name);
      record(symbol, node.name);
      follow(symbol);
    } else if (ts.isIdentifier(node)) {
      follow(checker.getSymbolAtLocation(node));
    } else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
      const name = (node.propertyName ?? node.name).getText();
      record(checker.getTypeAtLocation(node.parent).getProperty(name), node);
    } else if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === "load" &&
      node.arguments.length === 1 &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      recordLoad(node.expression.expression, node.arguments[0].text, node);
    } else if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === "isSetSupported" &&
      node.arguments.length === 2 &&
      ts.isStringLiteralLike(node.arguments[0]) &&
      node.arguments[0].text === "ExcelApi"
    ) {
      checks.add(node.arguments[1].getText());
    }
    ts.forEachChild(node, visit);
  };
  while (queue.length > 0) visit(queue.shift()!);
  return {
    uses: [...uses.values()].sort((a, b) => a.at.localeCompare(b.at, "en", { numeric: true })),
    checks: [...checks].sort(),
  };
}

/** The members above `checked`: what an Excel with exactly that set would refuse. */
export function aboveSet(uses: readonly MemberUse[], checked: string): MemberUse[] {
  return uses.filter((use) => compareSets(use.set, checked) > 0);
}

/** The ExcelApi minimum manifest.xml declares in <Requirements>, or undefined. */
export function manifestExcelApi(xml = readFileSync(join(ROOT, "manifest.xml"), "utf8")): string | undefined {
  const requirements = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(xml)?.[1] ?? "";
  return /<Set\s+Name="ExcelApi"\s+MinVersion="(\d+\.\d+)"/.exec(requirements)?.[1];
}
