// oracle: seed 228, closed, runs cleanly
import rl from "rnnlens";

const { LSTM: LSTM_0 } = rl.nn;
const m_0 = new LSTM_0(8, 9, { batchFirst: false });
const x_0 = rl.torch.ones([6, 3, 8]);
const [out_0, st_0] = m_0.forward(x_0);
const head_0 = new rl.nn.Linear(9, 5);
const y_0 = head_0.forward(out_0);
const n_0 = out_0.size(2) * st_0[0].size(0);

const opts_1 = { kind: "gru", layers: 1 };
let m_1;
switch (opts_1.kind) {
  case "lstm":
    m_1 = new rl.nn.LSTM(5, 3, opts_1.layers);
    break;
  case "gru":
    m_1 = new rl.nn.GRU(5, 3, opts_1.layers);
    break;
  default:
    m_1 = new rl.nn.RNN(5, 3, opts_1.layers);
}
const [o_1] = m_1.forward(rl.torch.randn(3, 2, 5));
switch (opts_1.kind) {
  case "lstm":
    m_1.forward(rl.torch.randn(3, 2, 6));
    break;
}

const m_2 = new rl.nn.GRU(3, 6);
const [o_2] = m_2.forward(rl.torch.randn(3, 2, 3));
const v_2 = o_2.view(6, 6);
