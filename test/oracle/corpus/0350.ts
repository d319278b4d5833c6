// oracle: seed 350, closed, runs cleanly
import * as rl from "rnnlens";

const m_0 = new rl.nn.GRU(4, 4);
it("runs the layer", () => {
  m_0.forward(rl.torch.randn(2, 3, 4));
});

const cell_1 = new rl.nn.GRUCell(6, 5);
for (let e = 0; e < 1; e++) {
  let h = rl.torch.zeros(2, 5);
  for (let t = 0; t < 3; t++) {
    h = cell_1.forward(rl.torch.randn(2, 6), h);
  }
}

const opts_2 = { kind: "lstm", layers: 1 };
let m_2;
switch (opts_2.kind) {
  case "lstm":
    m_2 = new rl.nn.LSTM(5, 5, opts_2.layers);
    break;
  case "gru":
    m_2 = new rl.nn.GRU(5, 5, opts_2.layers);
    break;
  default:
    m_2 = new rl.nn.RNN(5, 5, opts_2.layers);
}
const [o_2] = m_2.forward(rl.torch.randn(3, 2, 5));
switch (opts_2.kind) {
  case "gru":
    m_2.forward(rl.torch.randn(3, 2, 6));
    break;
}
