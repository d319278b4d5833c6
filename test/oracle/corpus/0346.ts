// oracle: seed 346, closed, runs cleanly
import { torch, nn } from "rnnlens";

const cell_0 = new nn.GRUCell(6, 4);
for (let e = 0; e < 0; e++) {
  let h = torch.zeros(2, 4);
  for (let t = 0; t < 1; t++) {
    h = cell_0.forward(torch.randn(2, 6), h);
  }
}

const m_1 = new nn.GRU(8, 3);
setTimeout(() => m_1.forward(torch.randn(2, 3, 8)), 5);

const apply_2 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_2 = new nn.LSTM(6, 8, { numLayers: 3 });
const b_2 = new nn.LSTM({ input_size: 3, hidden_size: 8, numLayers: 3 });
const oa_2 = apply_2(a_2, torch.rand(3, 2, 6));
const ob_2 = apply_2(b_2, torch.rand(2, 3, 3));
