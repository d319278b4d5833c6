// The PyTorch tutorial's LSTM end to end: seeded initialisation, randn inputs and the forward
// pass give PyTorch's numbers. Expected values printed by Debian's python3-torch 1.13.1:
//   torch.manual_seed(0); lstm = nn.LSTM(10, 20, 2)
//   x, h0, c0 = torch.randn(5, 3, 10), torch.randn(2, 3, 20), torch.randn(2, 3, 20)
//   o, (h, c) = lstm(x, (h0, c0)); o[0, 0, :4], h[1, 2, -3:]
import assert from "node:assert/strict";
import { it } from "node:test";
import { nn, torch } from "../../engine";

it("tutorial LSTM with manualSeed(0) matches PyTorch", () => {
  torch.manualSeed(0);
  const lstm = new nn.LSTM(10, 20, 2);
  const x = torch.randn(5, 3, 10);
  const h0 = torch.randn(2, 3, 20);
  const c0 = torch.randn(2, 3, 20);
  const [o, [h, c]] = lstm.forward(x, [h0, c0]);
  assert.deepEqual([o.shape, h.shape, c.shape], [[5, 3, 20], [2, 3, 20], [2, 3, 20]]);
  const expectO = [0.013763227500021458, -0.47405463457107544, -0.04722560942173004, 0.212771937251091];
  const expectH = [-0.047455936670303345, -0.1074194386601448, -0.058604318648576736];
  const gotO = Array.from(o.data.slice(0, 4));
  const gotH = Array.from(h.select(0, 1).select(0, 2).data.slice(-3));
  gotO.forEach((v, i) => assert.ok(Math.abs(v - (expectO[i] as number)) < 1e-6, `o[${i}] ${v}`));
  gotH.forEach((v, i) => assert.ok(Math.abs(v - (expectH[i] as number)) < 1e-6, `h[${i}] ${v}`));
});
