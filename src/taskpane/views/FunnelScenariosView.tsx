import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useEffect, type CSSProperties, type ReactNode } from "react";
import { budgetTotals, formatMoney, presetById } from "../../model";
import { hasProblems } from "../funnelDrafts";
import type { FunnelSheet } from "../funnelSheetRead";
import { useFunnelScenarios, type WriteState } from "../useFunnelScenarios";
import { useInsertBudget } from "../useInsertBudget";
import type { ViewProps } from "../viewProps";
import { BreakEvenPanel } from "./BreakEvenPanel";
import { FunnelChart } from "./FunnelChart";
import { FunnelInputsForm } from "./FunnelInputsForm";
import { InsertStatus } from "./InsertStatus";
import { PlanSnapshots } from "./PlanSnapshots";
import { ScenarioTable } from "./ScenarioTable";
import { funnelStrings, type FunnelStrings, type Lang } from "../../i18n";
import { failureText } from "../../workbook/workbookError";

const FUNNEL_PRESET = "campaign-funnel";

const rootStyle: CSSProperties = { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM };
const sectionStyle: CSSProperties = { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS };
const offerStyle: CSSProperties = { ...sectionStyle, alignItems: "flex-start" };
const paragraphStyle: CSSProperties = { margin: 0 };
const strongStyle: CSSProperties = { margin: 0, fontWeight: tokens.fontWeightSemibold };
const noteStyle: CSSProperties = { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 };
const headingStyle: CSSProperties = {
  margin: 0,
  fontSize: tokens.fontSizeBase400,
  lineHeight: tokens.lineHeightBase400,
  fontWeight: tokens.fontWeightSemibold,
};
const statusStyle: CSSProperties = { minHeight: tokens.lineHeightBase300 };

function Section({ heading, children }: { heading: string; children: ReactNode }) {
  const id = useId("funnel-section");
  return (
    <section style={sectionStyle} aria-labelledby={id}>
      <h2 id={id} style={headingStyle}>
        {heading}
      </h2>
      {children}
    </section>
  );
}

function WriteOutcome({ state, lang, strings }: { state: WriteState; lang: Lang; strings: FunnelStrings }) {
  switch (state.kind) {
    case "idle":
      return null;
    case "writing":
      return <Spinner size="tiny" labelPosition="after" label={strings.writing} />;
    case "written":
      return (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{strings.writtenTitle}</MessageBarTitle>
            {strings.written(state.sheetName)}
          </MessageBarBody>
        </MessageBar>
      );
    case "names-missing":
      return (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{strings.namesMissingTitle}</MessageBarTitle>
            {state.text[lang]}
          </MessageBarBody>
        </MessageBar>
      );
    case "failed":
      return (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{strings.writeFailedTitle}</MessageBarTitle>
            {failureText(state.error, lang, strings.readFailed)}
          </MessageBarBody>
        </MessageBar>
      );
  }
}

/** The sheet shown has no funnel to work with: say so plainly and offer the funnel template. */
function NoFunnel({
  sheet,
  lang,
  strings,
  insertion,
}: {
  sheet: Exclude<FunnelSheet, { kind: "funnel" }>;
  lang: Lang;
  strings: FunnelStrings;
  insertion: { button: ReactNode; status: ReactNode };
}) {
  const template = presetById(FUNNEL_PRESET).name[lang];
  const budget = sheet.kind === "no-funnel";
  return (
    <div style={offerStyle}>
      <MessageBar intent="info">
        <MessageBarBody>
          <MessageBarTitle>{budget ? strings.noFunnelTitle : strings.notABudgetTitle}</MessageBarTitle>
          {budget ? strings.noFunnel(sheet.sheet.name, template) : strings.notABudget(sheet.sheet.name, template)}
        </MessageBarBody>
      </MessageBar>
      {insertion.button}
      {insertion.status}
    </div>
  );
}

/** Reverse funnel, scenarios and break-even of a funnel budget sheet, recomputed as the planner types. */
export function FunnelScenariosView({ lang, strings: paneStrings, workbook }: ViewProps) {
  const strings = funnelStrings(lang);
  const { read, editing, figures, write, edit, reread, writeToSheet } = useFunnelScenarios(workbook);
  const { state: insertState, start: startInsert } = useInsertBudget(workbook);
  const sheet = read.kind === "read" ? read.sheet : null;
  const problems = editing !== null && hasProblems(editing.problems);

  // The funnel budget just inserted is the active sheet: read it.
  useEffect(() => {
    if (insertState.kind === "inserted") reread();
  }, [insertState, reread]);

  return (
    <div style={rootStyle}>
      <p style={paragraphStyle}>{strings.intro}</p>
      <div>
        <Button onClick={reread}>{strings.reread}</Button>
      </div>
      <div role="status" aria-live="polite" style={statusStyle}>
        {read.kind === "reading" && <Spinner size="tiny" labelPosition="after" label={strings.reading} />}
      </div>
      {read.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{strings.readFailedTitle}</MessageBarTitle>
            {failureText(read.error, lang, strings.readFailed)}
          </MessageBarBody>
        </MessageBar>
      )}
      {sheet !== null && sheet.kind !== "funnel" && (
        <NoFunnel
          sheet={sheet}
          lang={lang}
          strings={strings}
          insertion={{
            button: (
              <Button
                appearance="primary"
                disabled={insertState.kind === "inserting"}
                onClick={() => startInsert({ preset: FUNNEL_PRESET, lang })}
              >
                {strings.insertFunnelBudget}
              </Button>
            ),
            status: <InsertStatus state={insertState} lang={lang} strings={paneStrings} />,
          }}
        />
      )}
      {sheet?.kind === "funnel" && editing !== null && (
        <>
          <p style={strongStyle}>{strings.sheetShown(sheet.sheet.name)}</p>
          <Section heading={strings.inputsHeading}>
            <FunnelInputsForm
              editing={editing}
              stageNames={sheet.inputs.stageNames.slice(1)}
              strings={strings}
              lang={lang}
              onEdit={edit}
            />
            {problems && <p style={noteStyle}>{strings.keptLastValid}</p>}
          </Section>
          {figures === null && (
            <MessageBar intent="warning">
              <MessageBarBody>{strings.incomplete}</MessageBarBody>
            </MessageBar>
          )}
          {figures?.kind === "model-error" && (
            <MessageBar intent="warning">
              <MessageBarBody>{figures.text[lang]}</MessageBarBody>
            </MessageBar>
          )}
          {figures?.kind === "figures" && (
            <>
              <Section heading={strings.funnelHeading}>
                <p style={noteStyle}>{strings.funnelLegend}</p>
                <FunnelChart stageNames={figures.stageNames} counts={figures.counts} strings={strings} />
                <p style={strongStyle}>{strings.budgetAtTarget(formatMoney(budgetTotals(figures.budget).total, 2))}</p>
              </Section>
              <Section heading={strings.scenariosHeading}>
                <p style={noteStyle}>
                  {strings.scenariosLegend(
                    figures.stageNames[figures.budget.funnel.participationStage],
                    figures.stageNames[figures.budget.funnel.conversionStage],
                  )}
                </p>
                <ScenarioTable scenarios={figures.scenarios} strings={strings} />
                {figures.budget.goals.grossMargin === null && <p style={noteStyle}>{strings.noMargin}</p>}
              </Section>
              <Section heading={strings.breakEvenHeading}>
                <p style={noteStyle}>{strings.breakEvenLegend}</p>
                <BreakEvenPanel budget={figures.budget} lang={lang} strings={strings} />
              </Section>
            </>
          )}
          <div style={offerStyle}>
            <Button
              appearance="primary"
              disabled={problems || figures?.kind !== "figures" || write.kind === "writing"}
              onClick={writeToSheet}
            >
              {strings.writeToSheet}
            </Button>
            {problems && <p style={noteStyle}>{strings.fixFieldsFirst}</p>}
            <div role="status" aria-live="polite">
              <WriteOutcome state={write} lang={lang} strings={strings} />
            </div>
          </div>
          <Section heading={strings.plansHeading}>
            <PlanSnapshots workbook={workbook} sheetKey={sheet.sheet.id} readKey={read} lang={lang} strings={strings} />
          </Section>
        </>
      )}
    </div>
  );
}
