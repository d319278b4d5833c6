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

const rnn_2 = new rl.nn.GRU(5, 3);
const cell_2 = new rl.nn.GRUCell(5, 3);
const x_2 = rl.torch.randn(3, 5);
const r_2 = x_2.dim() === 3 ? rnn_2.forward(x_2)[0] : cell_2.forward(x_2);
