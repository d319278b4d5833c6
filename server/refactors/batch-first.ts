/** Rewrite: set `batchFirst` on a constructor call (the offer says where; see server/analysis/refactors/batch-first.ts). */
import { Node } from "ts-morph";
import { appendToList, argumentsBounds } from "./layout";
import { nodeAt, type Transform } from "./transform";

export const batchFirst: Transform<"batch-first"> = (sf, offer) => {
  const { value, key, edit } = offer.data;
  const text = sf.getFullText();
  const literal = String(value);
  switch (edit.at) {
    case "value":
      return nodeAt(sf, edit.span, Node.isExpression) ? [{ span: edit.span, newText: literal }] : null;
    case "shorthand":
      return nodeAt(sf, edit.span, Node.isShorthandPropertyAssignment) ? [{ span: edit.span, newText: `${edit.name}: ${literal}` }] : null;
    case "spread": {
      const e = nodeAt(sf, edit.span, Node.isExpression);
      return e ? [{ span: edit.span, newText: `{ ...${e.getText()}, ${key}: ${literal} }` }] : null;
    }
    case "object": {
      const o = nodeAt(sf, edit.span, Node.isObjectLiteralExpression);
      if (!o) return null;
      return appendToList(text, { open: o.getStart() + 1, close: o.getEnd() - 1, items: o.getProperties(), pad: " " }, `${key}: ${literal}`);
    }
    case "argument": {
      const call = nodeAt(sf, offer.target, Node.isNewExpression);
      const bounds = call ? argumentsBounds(call) : null;
      if (!call || !bounds) return null;
      return appendToList(text, { ...bounds, items: call.getArguments(), pad: "" }, `{ ${key}: ${literal} }`);
    }
  }
};
