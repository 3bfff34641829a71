/* eslint-disable no-undef */
// A webpack loader for decimal.js (decimal.mjs): the same library without the methods the product never calls,
// the trigonometric, hyperbolic, root, logarithm and base-conversion ones, so that a bundle does not carry
// them, nor the helpers only they use. What is left is decimal.js's own code, unchanged. The build fails
// when anything left in decimal.js still calls an omitted method.
const ts = require("typescript");

/**
 * The omitted methods by their short names: on Decimal.prototype with every alias (P.squareRoot = P.sqrt),
 * and on the Decimal constructor. test/decimal-subset.test.ts checks that the product calls none of them.
 */
const OMITTED = [
  "sin",
  "cos",
  "tan",
  "sinh",
  "cosh",
  "tanh",
  "asin",
  "acos",
  "atan",
  "asinh",
  "acosh",
  "atanh",
  "atan2",
  "sqrt",
  "cbrt",
  "hypot",
  "exp",
  "ln",
  "log",
  "log2",
  "log10",
  "random",
  "toFraction",
  "toBinary",
  "toHex",
  "toOctal",
];

/** The names a chain of assignments `P.a = P.b = function () {…}` gives its function, when it is one. */
function prototypeNames(statement) {
  if (!ts.isExpressionStatement(statement)) return [];
  const names = [];
  let expression = statement.expression;
  while (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    const target = expression.left;
    if (!ts.isPropertyAccessExpression(target) || !ts.isIdentifier(target.expression)) return [];
    if (target.expression.text !== "P") return [];
    names.push(target.name.text);
    expression = expression.right;
  }
  return names;
}

/** `Decimal.name = name;`, the statement by which clone() gives each constructor a static method. */
function staticName(statement) {
  if (!ts.isExpressionStatement(statement)) return undefined;
  const { expression } = statement;
  if (!ts.isBinaryExpression(expression) || expression.operatorToken.kind !== ts.SyntaxKind.EqualsToken)
    return undefined;
  const { left, right } = expression;
  if (!ts.isPropertyAccessExpression(left) || !ts.isIdentifier(left.expression) || !ts.isIdentifier(right)) {
    return undefined;
  }
  return left.expression.text === "Decimal" && left.name.text === right.text ? right.text : undefined;
}

/** An identifier naming a variable or function, not a property (`x.log`, `{ log: 1 }`). */
function isReference(identifier) {
  const { parent } = identifier;
  if (ts.isPropertyAccessExpression(parent) && parent.name === identifier) return false;
  if (ts.isPropertyAssignment(parent) && parent.name === identifier) return false;
  return true;
}

/**
 * Every call of an omitted method (a property named as one, on anything but Math) in what the kept code
 * reaches: the top-level statements other than function declarations, and the functions they name, in turn.
 */
function callsOfOmitted(file, removed, omittedNames) {
  const functions = new Map();
  const roots = [];
  for (const statement of file.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name) functions.set(statement.name.text, statement);
    else if (!removed.has(statement)) roots.push(statement);
  }
  const reached = new Set();
  const calls = [];
  const visit = (node) => {
    if (removed.has(node)) return;
    if (ts.isIdentifier(node) && isReference(node) && functions.has(node.text) && !reached.has(node.text)) {
      reached.add(node.text);
      pending.push(functions.get(node.text));
    }
    if (
      ts.isPropertyAccessExpression(node) &&
      omittedNames.has(node.name.text) &&
      !(ts.isIdentifier(node.expression) && node.expression.text === "Math")
    ) {
      const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
      calls.push(`${node.getText(file)} (line ${line + 1})`);
    }
    ts.forEachChild(node, visit);
  };
  const pending = [...roots];
  while (pending.length > 0) visit(pending.pop());
  return calls;
}

/** decimal.mjs without the omitted methods; `removed` lists every name taken away, aliases included. */
function decimalSubset(source, omitted = OMITTED) {
  const file = ts.createSourceFile("decimal.mjs", source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const omit = new Set(omitted);
  const removed = new Set();
  const removedNames = new Set();
  const take = (statement, names) => {
    removed.add(statement);
    for (const name of names) removedNames.add(name);
  };
  for (const statement of file.statements) {
    const names = prototypeNames(statement);
    if (names.some((name) => omit.has(name))) take(statement, names);
    if (ts.isFunctionDeclaration(statement) && statement.name && statement.name.text === "clone") {
      for (const inner of statement.body.statements) {
        const name = staticName(inner);
        if (name !== undefined && omit.has(name)) take(inner, [name]);
      }
    }
  }
  const missing = omitted.filter((name) => !removedNames.has(name));
  if (missing.length > 0) throw new Error(`decimal.js has no method ${missing.join(", ")} to leave out`);
  const calls = callsOfOmitted(file, removed, removedNames);
  if (calls.length > 0) {
    throw new Error(`decimal.js still calls methods left out of it: ${calls.join(", ")}`);
  }
  const ranges = [...removed].map((statement) => [statement.getFullStart(), statement.getEnd()]);
  ranges.sort((a, b) => b[0] - a[0]);
  let code = source;
  for (const [start, end] of ranges) code = code.slice(0, start) + code.slice(end);
  return { code, removed: [...removedNames].sort() };
}

module.exports = function decimalSubsetLoader(source) {
  return decimalSubset(source).code;
};
module.exports.OMITTED = OMITTED;
module.exports.decimalSubset = decimalSubset;
