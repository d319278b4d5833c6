/**
 * The refactors RNN Lens offers on TypeScript and JavaScript files (`refactor.rewrite` code
 * actions), by kind. Offers are computed here, on every code action request, from the analysis
 * and the syntax tree the server already has: plain data, cheap, no ts-morph. The rewriting is
 * done only when the user picks one (`codeAction/resolve`), by `server/refactors/`, which uses
 * ts-morph and is built as a chunk of its own (`dist/refactors.js`) loaded on the first resolve.
 *
 * How to add a refactor (say `my-refactor`):
 * 1. Offer: `server/analysis/refactors/my-refactor.ts` exports the data type the rewrite needs
 *    (`MyRefactorData`, JSON-like) and `myRefactorOffers(ctx: OfferContext)`, which returns
 *    `{ title, target, data }[]` for the selection `ctx.range` (empty when nothing applies; never
 *    guess: an unknown value means no offer). Add a line to `RefactorData` and one to
 *    `OFFER_FINDERS` below, at the end of each list.
 * 2. Transform: `server/refactors/my-refactor.ts` exports a `Transform<"my-refactor">` (ts-morph
 *    source file + the offer -> minimal edits, or null when the code is not as the offer says),
 *    added at the end of `TRANSFORMS` in `server/refactors/index.ts` (type-checked: the build
 *    fails while a kind has no transform).
 * 3. Fixtures: `test/fixtures/refactors/my-refactor/<case>.ts`, the selection marked inline
 *    (see test/fixtures/refactors/README.md), each with its `<case>.expected` written by
 *    `UPDATE_SNAPSHOTS=1 node scripts/test.mjs test/analyzer/refactors.test.ts`; include cases
 *    where nothing must be offered. The test fails for a kind without a fixture folder. Where
 *    the refactor changes (or must not change) the modules' configurations, say how in the
 *    test's `CONFIG_CHANGES`: each result is then analyzed and held to it.
 */
import { constructorArgsOffers, type ConstructorArgsData } from "./constructor-args";
import { batchFirstOffers, type BatchFirstData } from "./batch-first";
import { addInitialStateOffers, type AddInitialStateData } from "./add-initial-state";
import { shapeJsdocOffers, type ShapeJsdocData } from "./shape-jsdoc";
import type { OfferContext } from "./types";
import type { Span } from "../ir";

/** Each refactor kind and the data its offers carry to its transform. */
export interface RefactorData {
  "constructor-args": ConstructorArgsData;
  "batch-first": BatchFirstData;
  "add-initial-state": AddInitialStateData;
  "shape-jsdoc": ShapeJsdocData;
}

export type RefactorKind = keyof RefactorData;

export interface RefactorOffer<K extends RefactorKind = RefactorKind> {
  readonly kind: K;
  /** The code action's title. */
  readonly title: string;
  /** The code the refactor rewrites (e.g. the constructor call), as offsets of the file's text. */
  readonly target: Span;
  readonly data: RefactorData[K];
}

/** An offer of any kind (a union discriminated by `kind`). */
export type AnyRefactorOffer = { [K in RefactorKind]: RefactorOffer<K> }[RefactorKind];

type OfferFinder<K extends RefactorKind> = (ctx: OfferContext) => readonly Omit<RefactorOffer<K>, "kind">[];

const OFFER_FINDERS: { readonly [K in RefactorKind]: OfferFinder<K> } = {
  "constructor-args": constructorArgsOffers,
  "batch-first": batchFirstOffers,
  "add-initial-state": addInitialStateOffers,
  "shape-jsdoc": shapeJsdocOffers,
};

export const REFACTOR_KINDS = Object.keys(OFFER_FINDERS) as RefactorKind[];

/** Every refactor that applies at the selection, in the order of `OFFER_FINDERS`. */
export function refactorOffers(ctx: OfferContext): AnyRefactorOffer[] {
  const out: AnyRefactorOffer[] = [];
  for (const kind of REFACTOR_KINDS) out.push(...offersOf(kind, ctx));
  return out;
}

function offersOf<K extends RefactorKind>(kind: K, ctx: OfferContext): AnyRefactorOffer[] {
  const finder = OFFER_FINDERS[kind] as OfferFinder<K>;
  return finder(ctx).map((o) => ({ ...o, kind }) as RefactorOffer<K> as AnyRefactorOffer);
}
