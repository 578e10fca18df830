// Plain data the syntax layer hands out: nothing here holds a tree, so callers may keep it across edits.

/** 0-based line and UTF-16 character, as in LSP. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

/** An LSP content change: with a range it replaces that span, without one it replaces the whole text. */
export interface ContentChange {
  range?: Range;
  text: string;
}

export type LiteralKind = 'string' | 'number';
export type LabelKind = LiteralKind | 'identifier' | 'other';
/** The opening delimiter of a string label; '' for labels that are not strings. */
export type QuoteStyle = "'" | '"' | '`' | '';

export interface LiteralValue {
  /** Unquoted and unescaped string contents, or the number as written. */
  value: string;
  kind: LiteralKind;
  quote: QuoteStyle;
}

export interface ConstantDefinition {
  name: string;
  range: Range;
  /** Absent when the constant is initialised with something other than a plain literal. */
  literal?: LiteralValue;
  /** For an enum constant without a value: the enum's constants, in order (the constant stands for its name). */
  enumMembers?: string[];
}

export interface CaseLabel {
  text: string;
  range: Range;
  kind: LabelKind;
  /** String contents, number text, or the referenced name (last segment of `Codes.BUSY`); otherwise the raw text. */
  value: string;
  quote: QuoteStyle;
  /** Between the quotes for strings, the whole label otherwise: what a label replacement rewrites. */
  valueRange: Range;
  /** For identifier labels: a constant of that name defined in the same file. */
  constant?: ConstantDefinition;
  /**
   * A prefix or range check (`rc.startsWith("200")`, `rc / 10000 == 200`): the label stands for every code
   * starting with its value, of `codeLength` characters when the check says so.
   */
  prefix?: { codeLength?: number };
}

export interface SwitchArm {
  range: Range;
  labels: CaseLabel[];
  /** A chain's branch: its condition, which a "handle like" fix extends with one more test. */
  condition?: Range;
  /** The arm does nothing but yield this literal (`return "0000"`, `"A" -> "B"`): a translation, not a decision. */
  yields?: LiteralValue;
  /** The arm does nothing but yield words for a person (a sentence, a list or map of them): a message table. */
  message?: boolean;
  /** The arm ends in `return`, `throw`, `raise` or `panic`: inserted arms must end so too. */
  exits?: boolean;
}

export interface SourceComment {
  text: string;
  range: Range;
}

export interface DefaultArm {
  range: Range;
  /** Comments inside the arm and the comment lines directly above it. */
  comments: SourceComment[];
  /** It does something no labelled arm does: not empty, and neither all its statements nor its last one are an arm's. */
  distinct?: boolean;
  /** The literal it does nothing but yield: `default -> "Unknown"`, `else return "PENDING"`. */
  yields?: LiteralValue;
}

/**
 * clause: a label followed by statements (`case X:`, `when X`, Python `case X:`);
 * rule: a label mapped to one body (`case X ->`, Kotlin `X ->`, `X =>`).
 */
export type ArmForm = 'clause' | 'rule';

/** How new branches of an if/else-if chain are written: copied from the chain itself where it shows them. */
export interface ChainSyntax {
  /** One test of the chain around its value: `ResultStatusType.` · U · `.equals(status)`, `rc == ` · "X" · ``. */
  test: { before: string; after: string; kind: LabelKind; quote: QuoteStyle };
  /** Joins two tests in one condition: ` || `, ` or `. */
  or: string;
  /** From the end of a branch's body to the next condition (` else if (`, `\n    elif `); absent with one branch. */
  connector?: string;
  /** From the end of a condition to its body (`) `, `:`). */
  opener: string;
  /** The end of the last tested branch's body, where new branches go. */
  end: Position;
  /** New bodies are written in braces (`{ … }`), not as indented blocks. */
  braces: boolean;
  /** A run of separate ifs: a new branch is an `if` of its own after the last one (`connector` opens it). */
  separate?: boolean;
}

/** switch: a switch/match/when/case; chain: an if/else-if chain; map: a dispatch map indexed by the subject. */
export type ConstructKind = 'switch' | 'chain' | 'map';

export interface SwitchSite {
  languageId: string;
  /** Absent for a switch. */
  construct?: Exclude<ConstructKind, 'switch'>;
  /** For chains: how to print more branches. */
  chain?: ChainSyntax;
  range: Range;
  keywordRange: Range;
  /** From the keyword through the discriminant (`switch (x)`, C# `x switch`): where a diagnostic belongs. */
  headerRange: Range;
  subject: {
    text: string;
    range: Range;
    /** The discriminant's last name, for naming: `resultCode` from `resp.getResult().getResultCode()`. */
    name?: string;
  };
  /** False only where the construct is known to stand as a statement; an expression's arms must produce a value. */
  isExpression: boolean;
  armForm: ArmForm;
  /** Arms with case labels, in source order; the default arm is separate. */
  arms: SwitchArm[];
  defaultArm?: DefaultArm;
  /** The closing `}` or `end`; absent where the construct has none (Python). */
  closeRange?: Range;
  /** The construct contains ERROR or MISSING nodes: fixes must not touch it. */
  hasSyntaxError: boolean;
  /**
   * A lone `if` (no else) testing this subject, as the syntax layer finds it: no construct on its own, it is
   * joined with the lone ifs right after it on the same subject into one chain (see ifRuns.ts).
   */
  lone?: { subject: string; /** From the keyword to the condition: `if (`. */ opening: string };
}

export interface CaseToInsert {
  value: string;
  /** Written as this name instead of a literal: an enum constant (`ResultStatusType.U`, `U`). */
  name?: string;
  /** Used when the switch has no literal labels to copy the kind from. */
  literalKind: LiteralKind;
  /** One line naming the code and its advice. */
  comment: string;
  /** The advice the TODO carries, e.g. `poll the payment status (Alipay+ U)`. */
  todo: string;
}

export interface SkippedCase {
  value: string;
  reason: string;
}

export interface PrintResult {
  /** Absent when nothing could be printed (see `refused` and `skipped`). */
  edit?: TextEdit;
  skipped: SkippedCase[];
  /** Why the whole insertion was refused, e.g. the switch has a syntax error. */
  refused?: string;
}
