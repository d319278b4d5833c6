// oracle: seed 267, closed, runs cleanly
import * as rl from "rnnlens";

const m_0 = new rl.nn.GRU(6, 2);
it("runs the layer", () => {
  m_0.forward(rl.torch.randn(2, 3, 6));
});

const m_1 = new rl.nn.LSTM(5, 7, { numLayers: 2, bidirectional: true });
const x_1 = rl.torch.zeros(2, 2, 5);
const [out_1, st_1] = m_1.forward(x_1, [rl.torch.rand([4, 2, 7]), rl.torch.zeros(4, 2, 7)]);
const head_1 = new rl.nn.Linear(14, 3);
const y_1 = head_1.forward(out_1);
const last_1 = y_1.select(0, 0);
const n_1 = out_1.size(1) * st_1[0].size(0);
