import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type FunctionArgument,
  type ImplementedFunctions,
} from "hyperformula";
import { BudgetInputError, type InputErrorKind } from "../../model/errors";
import {
  acquisitionCost,
  breakEven,
  contingency,
  forwardFunnelColumn,
  funnelColumn,
  roi,
} from "../../functions/budgetFormulas";
import type { Lang } from "../../i18n";

/*
 * The BUDGET functions in HyperFormula, for the preview and for tests: the same names, arguments,
 * validation and messages as in Excel (both call src/functions/budgetFormulas), errors as CellError.
 */

type RunFunctionArguments = Parameters<FunctionPlugin["runFunction"]>;
type FormulaArgument = RunFunctionArguments[0][number];
type EvaluationState = RunFunctionArguments[1];
type EvaluatedValue = ReturnType<FunctionPlugin["runFunction"]>;
/** The call as HyperFormula hands it to a plugin method. */
interface FormulaCall {
  args: FormulaArgument[];
}

const ERROR_TYPE: Record<InputErrorKind, ErrorType> = {
  value: ErrorType.VALUE,
  num: ErrorType.NUM,
  div0: ErrorType.DIV_BY_ZERO,
};

const NUMBER_ARGUMENT: FunctionArgument = { argumentType: FunctionArgumentType.NOERROR };
const OPTIONAL_ARGUMENT: FunctionArgument = { argumentType: FunctionArgumentType.NOERROR, optionalArg: true };
const RANGE_ARGUMENT: FunctionArgument = { argumentType: FunctionArgumentType.RANGE };

/** A cell value as the shared validation expects it: blank as null, formatted numbers as plain numbers. */
function plainValue(value: unknown): unknown {
  if (value === EmptyValue || value === undefined) return null;
  if (typeof value === "object" && value !== null && "val" in value && typeof value.val === "number") return value.val;
  return value;
}

/** A range's cells as rows of plain values, or the first error among them (errors propagate, as in Excel). */
function plainRows(range: SimpleRangeValue): unknown[][] | CellError {
  const rows = range.rawData();
  for (const row of rows) {
    for (const cell of row) if (cell instanceof CellError) return cell;
  }
  return rows.map((row) => row.map(plainValue));
}

export class BudgetFunctionsPlugin extends FunctionPlugin {
  /** The language of error messages. */
  static messageLanguage: Lang = "en";

  static override implementedFunctions: ImplementedFunctions = {
    "BUDGET.FUNNEL": {
      method: "funnel",
      sizeOfResultArrayMethod: "funnelSize",
      parameters: [NUMBER_ARGUMENT, RANGE_ARGUMENT, OPTIONAL_ARGUMENT],
      vectorizationForbidden: true,
    },
    "BUDGET.FUNNEL.FORWARD": {
      method: "funnelForward",
      sizeOfResultArrayMethod: "funnelSize",
      parameters: [NUMBER_ARGUMENT, RANGE_ARGUMENT, OPTIONAL_ARGUMENT],
      vectorizationForbidden: true,
    },
    "BUDGET.ROI": { method: "roi", parameters: [NUMBER_ARGUMENT, NUMBER_ARGUMENT, NUMBER_ARGUMENT] },
    "BUDGET.BREAKEVEN": { method: "breakEven", parameters: [NUMBER_ARGUMENT, NUMBER_ARGUMENT] },
    "BUDGET.CONTINGENCY": { method: "contingency", parameters: [RANGE_ARGUMENT, OPTIONAL_ARGUMENT] },
    "BUDGET.CAC": { method: "acquisitionCost", parameters: [NUMBER_ARGUMENT, NUMBER_ARGUMENT] },
  };

  funnel(call: FormulaCall, state: EvaluationState): EvaluatedValue {
    return this.runFunction(
      call.args,
      state,
      this.metadata("BUDGET.FUNNEL"),
      (target, rates: SimpleRangeValue, rounding) =>
        this.evaluate(rates, (rows) =>
          SimpleRangeValue.onlyNumbers(funnelColumn(plainValue(target), rows, plainValue(rounding))),
        ),
    );
  }

  funnelForward(call: FormulaCall, state: EvaluationState): EvaluatedValue {
    return this.runFunction(
      call.args,
      state,
      this.metadata("BUDGET.FUNNEL.FORWARD"),
      (pool, rates: SimpleRangeValue, rounding) =>
        this.evaluate(rates, (rows) =>
          SimpleRangeValue.onlyNumbers(forwardFunnelColumn(plainValue(pool), rows, plainValue(rounding))),
        ),
    );
  }

  /** Both funnels spill one column: a count per stage plus the first (or last) count. */
  funnelSize(call: FormulaCall, state: EvaluationState): ArraySize {
    const rates = call.args[1];
    if (rates === undefined) return ArraySize.scalar();
    const { width, height } = this.arraySizeForAst(rates, state);
    // A block of several rows and columns is a #VALUE! error, shown in one cell.
    if (width > 1 && height > 1) return ArraySize.scalar();
    return new ArraySize(1, width * height + 1);
  }

  roi(call: FormulaCall, state: EvaluationState): EvaluatedValue {
    return this.runFunction(call.args, state, this.metadata("BUDGET.ROI"), (revenue, grossMargin, cost) =>
      this.guard(() => roi(plainValue(revenue), plainValue(grossMargin), plainValue(cost))),
    );
  }

  breakEven(call: FormulaCall, state: EvaluationState): EvaluatedValue {
    return this.runFunction(call.args, state, this.metadata("BUDGET.BREAKEVEN"), (cost, grossMargin) =>
      this.guard(() => breakEven(plainValue(cost), plainValue(grossMargin))),
    );
  }

  contingency(call: FormulaCall, state: EvaluationState): EvaluatedValue {
    return this.runFunction(call.args, state, this.metadata("BUDGET.CONTINGENCY"), (amounts: SimpleRangeValue, rate) =>
      this.evaluate(amounts, (rows) => contingency(rows, plainValue(rate))),
    );
  }

  acquisitionCost(call: FormulaCall, state: EvaluationState): EvaluatedValue {
    return this.runFunction(call.args, state, this.metadata("BUDGET.CAC"), (spend, newCustomers) =>
      this.guard(() => acquisitionCost(plainValue(spend), plainValue(newCustomers))),
    );
  }

  /** Computes from a range argument's cells; an error cell in the range is the result. */
  private evaluate(range: SimpleRangeValue, compute: (rows: unknown[][]) => number | SimpleRangeValue): EvaluatedValue {
    const rows = plainRows(range);
    return rows instanceof CellError ? rows : this.guard(() => compute(rows));
  }

  /** Bad input becomes the matching CellError with the message Excel shows: only #VALUE! has one. */
  private guard(compute: () => number | SimpleRangeValue): EvaluatedValue {
    try {
      return compute();
    } catch (error) {
      if (error instanceof BudgetInputError) {
        const message = error.kind === "value" ? error.text[BudgetFunctionsPlugin.messageLanguage] : undefined;
        return new CellError(ERROR_TYPE[error.kind], message);
      }
      const detail = error instanceof Error ? error.message : String(error);
      return new CellError(ErrorType.VALUE, `could not compute: ${detail}`);
    }
  }
}

/**
 * Registers the BUDGET functions with HyperFormula under the same names in every language registered so
 * far (names stay ASCII everywhere); register languages first. Registering again changes nothing.
 */
export function registerBudgetFunctions(options: { messageLanguage?: Lang } = {}): void {
  BudgetFunctionsPlugin.messageLanguage = options.messageLanguage ?? "en";
  if (HyperFormula.getFunctionPlugin("BUDGET.FUNNEL") === BudgetFunctionsPlugin) return;
  const names = Object.keys(BudgetFunctionsPlugin.implementedFunctions);
  const sameNames = Object.fromEntries(names.map((name) => [name, name]));
  const translations = Object.fromEntries(HyperFormula.getRegisteredLanguagesCodes().map((code) => [code, sameNames]));
  HyperFormula.registerFunctionPlugin(BudgetFunctionsPlugin, translations);
}
