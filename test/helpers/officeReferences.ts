import { readFileSync } from "node:fs";
import ts from "typescript";

/**
 * Where a source file names Office.js's globals, `Office` or `Excel`, as a value or a type (comments,
 * strings and property names such as `error.Excel` do not count): "line:text" for each.
 */
export function officeReferences(file: string, source = readFileSync(file, "utf8")): string[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && (node.text === "Office" || node.text === "Excel")) {
      const parent = node.parent;
      const isPropertyName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isQualifiedName(parent) && parent.right === node) ||
        ts.isPropertyAssignment(parent) ||
        ts.isPropertySignature(parent);
      if (!isPropertyName) {
        const { line } = tree.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${line + 1}:${source.split("\n")[line].trim()}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}
