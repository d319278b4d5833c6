// oracle: seed 157, closed, runs cleanly
import * as rl from "rnnlens";

const m_0 = new rl.nn.GRU(8, 4);
it("runs the layer", () => {
  m_0.forward(rl.torch.randn(2, 3, 8));
});

const cell_1 = new rl.nn.GRUCell(2, 2);
const xs_1 = rl.torch.randn(1, 1, 2);
let h_1 = rl.torch.zeros(1, 2);
for (let t_1 = 0; t_1 < 1; t_1++) {
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
}

const apply_2 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const hp_2a = { inputSize: 3, hiddenSize: 3, numLayers: 2 };
const a_2 = new rl.nn.GRU({ ...hp_2a, numLayers: 2, dropout: 0 });
const b_2 = new rl.nn.RNN(4, 7, { bidirectional: true });
const oa_2 = apply_2(a_2, rl.torch.rand([3, 2, 3]));
const ob_2 = apply_2(b_2, rl.torch.zeros([2, 3, 4]));
