import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/core/lint.js';
import { lintFiles } from '../src/node/lint-files.js';
import { rulesFor } from '../src/core/config/resolve.js';
import { CORPUS, HAS_CORPUS, lineOf, recommended } from './helpers.js';

function corpusFiles(): string[] {
  const out: string[] = [];
  for (const dir of readdirSync(CORPUS)) {
    const abs = join(CORPUS, dir);
    if (!statSync(abs).isDirectory()) continue;
    for (const f of readdirSync(abs)) out.push(join(abs, f));
  }
  return out.sort();
}

// The corpus lives beside the project (../shared/corpus) and is never copied in; without it these tests
// are skipped, and the skip says why.
describe.skipIf(!HAS_CORPUS)(`the real-flow corpus (${HAS_CORPUS ? CORPUS : 'skipped: ../shared/corpus is not present on this machine'})`, () => {
  const files = HAS_CORPUS ? corpusFiles().filter((f) => f.endsWith('.json')) : [];
  const reports = files.map((abs) => lintText(relative(CORPUS, abs), readFileSync(abs, 'utf8'), rulesFor(recommended, abs)));
  // The whole corpus as one repository (references between flows resolved), as the CLI lints it.
  const all = HAS_CORPUS ? lintFiles(files, recommended, CORPUS).findings : [];

  it('reads every JSON file of the corpus as a flow, a legacy export, or an invalid file: none is passed over', () => {
    expect(files.length).toBeGreaterThanOrEqual(80);
    for (const r of reports) {
      const accounted = r.flows > 0 || r.findings.some((f) => f.ruleId === 'legacy-format' || f.ruleId === 'parse-error');
      expect(accounted, `${r.file}: ${r.notAFlow ?? ''}`).toBe(true);
    }
  });

  it('reports parse-error only for the two salesforce-scv ddr files, at their invalid \\\' escape', () => {
    const parseErrors = all.filter((f) => f.ruleId === 'parse-error');
    expect(parseErrors.map((f) => f.file).sort()).toEqual([
      'amazon-connect+amazon-connect-salesforce-scv/Examples_AWSSCV-DataDirectedRouting-FlowRouting_Code_awsscv_contact_flow_builder_awsscv_ddr_flow_cf.json',
      'amazon-connect+amazon-connect-salesforce-scv/Examples__AWSSCV-SampleContactFlows__Code__awsscv_sample_contact_flow_builder__awsscv_ddr_flow_cf@f5761f6.json',
    ]);
    for (const f of parseErrors) {
      const text = readFileSync(join(CORPUS, f.file), 'utf8');
      const line = text.split('\n')[f.range.start.line - 1]!;
      // The reported column is the escape inside the Content string, on the Content line. In the file the
      // inner \' is itself escaped, so the file shows \\' there.
      expect(line.includes('"Content"')).toBe(true);
      expect(line.slice(f.range.start.column - 1, f.range.start.column + 2)).toBe("\\\\'");
      expect(f.message).toContain("invalid escape \"\\'\"");
    }
  });

  it('raises no structural findings on real exports: every target exists, every Identifier is unique, every flow starts', () => {
    for (const rule of ['transition-target-exists', 'unique-identifiers', 'flow-structure', 'flow-ends']) {
      expect(all.filter((f) => f.ruleId === rule).map((f) => `${f.file}:${f.range.start.line}`), rule).toEqual([]);
    }
    // The only flows without a valid start are the two empty test fixtures of a replacer script
    // ({"Actions": [], "StartAction": "1a34…"}): true findings, on the StartAction line.
    expect(all.filter((f) => f.ruleId === 'start-action-exists').map((f) => `${f.file.split('/')[1]}:${f.range.start.line}`)).toEqual([
      'amzconnect-contact-flows_scripts_replacer_tests_test_flows_ACME_test1.json:6',
      'amzconnect-contact-flows_scripts_replacer_tests_test_flows_ACME_test2.json:6',
    ]);
  });

  it('finds the corpus\'s two unreachable blocks, each on its Identifier', () => {
    const unreachable = all.filter((f) => f.ruleId === 'unreachable-block');
    expect(unreachable).toHaveLength(2);
    for (const f of unreachable) {
      const text = readFileSync(join(CORPUS, f.file), 'utf8');
      const line = text.split('\n')[f.range.start.line - 1]!;
      expect(line.slice(f.range.start.column - 1)).toMatch(new RegExp(`^"Identifier"\\s*:\\s*"${f.blockId}"`));
    }
  });

  it('raises the profile findings read by hand as true (see the closing note): lookup-error paths and a Create fallback that requests fewer fields', () => {
    const profile = all.filter((f) => f.ruleId.startsWith('profile-')).map((f) => `${f.ruleId} ${f.file.split('/')[1]!} ${f.blockId}`);
    expect(profile.sort()).toEqual(
      [
        // GetCustomerProfile fails → CreateCustomerProfile fails → the attributes block still reads the profile.
        'profile-lookup-before-use examples_Cards_SBSGuides_Example_Cards_Guide.json 032fdba4-bfbd-44b0-9cc4-137dbe7716cd',
        'profile-lookup-before-use examples_Cards_SBSGuides_Example_Cards_Guide.json 2c383a61-44af-4cac-90e3-e68383c807e5',
        // Get fails → Create (asks only FirstName, LastName, PhoneNumber) → join → ShowView reads EmailAddress.
        'profile-response-fields examples_BackendIntegration_SBSGuides_Example_Backend_Guide.json 2c383a61-44af-4cac-90e3-e68383c807e5',
        // MultipleFoundError of the lookup leads straight to the block that copies the address fields.
        'profile-lookup-before-use examples__complete__contact_flows.tf@82fccf6__aws_connect_contact_flow.test.json d4b57538-a93e-4dde-9f67-5ec37d0be082',
        'profile-lookup-before-use examples__complete__contact_flows.tf@82fccf6__aws_connect_contact_flow.test.json 48a13e22-220c-4e91-968e-9d037e95d9d5',
      ].sort(),
    );
  });

  // The CloudFormation templates of the corpus: flows in double-quoted Content strings, in !Sub [string, {vars}]
  // lists, and (contact surveys) in a single-quoted !Sub of an AWS::Connect::ContactFlowModule.
  const templates = HAS_CORPUS ? corpusFiles().filter((f) => /\.ya?ml$/.test(f)) : [];
  const templateReports = templates.map((abs) => ({ text: readFileSync(abs, 'utf8'), report: lintText(relative(CORPUS, abs), readFileSync(abs, 'utf8'), rulesFor(recommended, abs)) }));

  it('finds every Connect flow resource of the 4 CloudFormation YAML templates, without a parse error', () => {
    expect(templates).toHaveLength(4);
    for (const { text, report } of templateReports) {
      const resources = text.match(/^\s+Type:\s*AWS::Connect::ContactFlow(Module)?\s*$/gm) ?? [];
      expect(resources.length, report.file).toBeGreaterThan(0);
      expect(report.flows, report.file).toBe(resources.length);
      expect(report.findings.filter((f) => f.ruleId === 'parse-error' || f.ruleId === 'unsupported-content'), report.file).toEqual([]);
    }
  });

  it('raises on the templates only the two true logging-enabled findings (three, with the GovCloud copy) and the true stored-input one, each on its block in the file', () => {
    const findings = templateReports.flatMap(({ report }) => report.findings);
    // Both flows start with UpdateContactTargetQueue and hold no UpdateFlowLoggingBehavior block at all.
    // The survey module's chat path (Lex bot, no Store customer input) saves $.StoredCustomerInput as the
    // answer: empty on chat (the Lambda on that path is given $.Lex.IntentName instead).
    expect(findings.map((f) => `${f.ruleId} ${f.file.split('/')[1]} ${f.flowName} ${f.blockId}`).sort()).toEqual([
      'logging-enabled CloudFormation_vmx3-contactflows.yaml VMXDefaultGuidedTaskFlow Set the target queue',
      'logging-enabled Govcloud_Cloudformation_vmx3-contactflows.yaml VMXDefaultGuidedTaskFlow Set the target queue',
      'logging-enabled Solutions_VMX2-VoicemailExpress_CloudFormation_vmx-contactflows.yaml VMXExampleTaskFlow fd70d719-29ef-4a68-acad-6f6ca1b2a47f',
      'stored-input-before-use deployment_contact-surveys-amazon-connect.yaml ContactFlowModule 8c223e1b-d94a-4b9c-acb5-3f400b030105',
    ]);
    for (const f of findings) {
      const text = templateReports.find((t) => t.report.file === f.file)!.text;
      const line = text.split('\n')[f.range.start.line - 1]!;
      // Inside a double-quoted Content string the key's quotes are escaped; in a single-quoted !Sub they are not.
      expect(line.slice(f.range.start.column - 1)).toMatch(new RegExp(`^(\\\\?)"Identifier\\1":\\1"${f.blockId}\\1"`));
    }
  });

  it('reports the 20 references to flows and modules that are not in the corpus, and none chosen at run time', () => {
    const refs = all.filter((f) => f.ruleId === 'reference-exists');
    // Read by hand: every target (AC-Blog-Callback-Welcome, GTS-Partner-Assessment-Authenticate-User, the
    // instance's "Sample inbound flow"...) is absent from the corpus; the gitlab flows' $.FlowAttributes
    // references are chosen at run time and are not checked.
    expect(refs).toHaveLength(20);
    expect(refs.every((f) => /ccarrylab|chat-ui-examples/.test(f.file))).toBe(true);
    expect(refs.some((f) => f.message.includes('$.FlowAttributes'))).toBe(false);
  });

  it('places the parse-error of a wrapped flow on the Content line, found by text', () => {
    const f = all.find((x) => x.ruleId === 'parse-error')!;
    const text = readFileSync(join(CORPUS, f.file), 'utf8');
    expect(f.range.start.line).toBe(lineOf(text, '"Content"'));
  });
});
