// oracle: seed 167, closed, raises at 8: input.size(-1) must be equal to input_size. Expected 2, got 4
import rl from "rnnlens";

const { LSTM: LSTM_0 } = rl.nn;
const m_0 = new LSTM_0(2, 3, { bidirectional: true });
const x_0 = rl.torch.rand([1, 2, 4]);
const shape_0_838 = [2, 4, 2];
const [out_0, st_0] = m_0.forward(x_0, [rl.torch.randn(...shape_0_838), rl.torch.zeros(2, 2, 3)]);
const head_0 = new rl.nn.Linear(6, 2);
const y_0 = head_0.forward(out_0);
const last_0 = y_0.select(0, 0);

const opts_1 = { kind: "lstm", layers: 1 };
let m_1;
switch (opts_1.kind) {
  case "lstm":
    m_1 = new rl.nn.LSTM(2, 7, opts_1.layers);
    break;
  case "gru":
    m_1 = new rl.nn.GRU(2, 7, opts_1.layers);
    break;
  default:
    m_1 = new rl.nn.RNN(2, 7, opts_1.layers);
}
const [o_1] = m_1.forward(rl.torch.randn(3, 2, 2));
switch (opts_1.kind) {
  case "gru":
    m_1.forward(rl.torch.randn(3, 2, 3));
    break;
}

const hp_2 = { inputSize: 4, hiddenSize: 6, numLayers: 1 };
const m_2 = new rl.nn.RNN({ ...hp_2, numLayers: 1, batch_first: true, dropout: 0.5 });
const x_2 = rl.torch.rand(3, 4, 4);
const shape_2_5096 = [1, 3, 6];
const [out_2, st_2] = m_2.forward(x_2, rl.torch.rand(...shape_2_5096));
const head_2 = new rl.nn.Linear(6, 2);
const y_2 = head_2.forward(out_2);
const n_2 = out_2.size(1) * st_2.size(0);
