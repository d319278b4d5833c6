// oracle: seed 228, closed, raises at 12: mat1 and mat2 shapes cannot be multiplied (2x8 and 7x2)
import rl from "rnnlens";

const cell_0 = new rl.nn.LSTMCell(7, 8);
const xs_0 = rl.torch.randn(1, 2, 7);
let h_0 = rl.torch.zeros(2, 8);
let c_0 = rl.torch.zeros(2, 8);
for (let t_0 = 0; t_0 < 3; t_0++) {
  if (t_0 >= 1) break;
  [h_0, c_0] = cell_0.forward(xs_0.select(0, t_0), [h_0, c_0]);
}
const out_0 = new rl.nn.Linear(7, 2).forward(h_0);

const m_1 = new rl.nn.GRU(8, 5);
it("runs the layer", () => {
  m_1.forward(rl.torch.randn(2, 3, 8));
});

const cell_2 = new rl.nn.LSTMCell(2, 8);
const xs_2 = rl.torch.randn(4, 1, 2);
let h_2 = rl.torch.zeros(1, 8);
let c_2 = rl.torch.zeros(1, 8);
for (let t_2 = 0; t_2 < 4; t_2++) {
  [h_2, c_2] = cell_2.forward(xs_2.select(0, t_2), [h_2, c_2]);
}
