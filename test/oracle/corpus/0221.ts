// oracle: seed 221, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const rnn_0 = new nn.GRU(2, 4);
const cell_0 = new nn.GRUCell(2, 4);
const x_0 = torch.randn(3, 2);
let r_0;
if (x_0.dim() === 3) {
  [r_0] = rnn_0.forward(x_0);
} else {
  r_0 = cell_0.forward(x_0);
}

const m_1 = new nn.GRU(4, 4);
it("runs the layer", () => {
  m_1.forward(torch.randn(2, 3, 4));
});
