// oracle: seed 173, closed, runs cleanly
import { torch, nn } from "rnnlens";

const m_0 = new nn.LSTM(4, 5);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(4, 1, 4));
const r_0_0 = o_0.reshape(4, -1);
const r_0_1 = o_0.view(4 / 1, -1);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(0);

const layers_1 = [new nn.RNN(4, 3), new nn.RNN(3, 5), new nn.RNN(5, 7)];
let y_1 = torch.randn(3, 1, 4);
layers_1.forEach((layer) => {
  [y_1] = layer.forward(y_1);
});
const z_1 = new nn.Linear(7, 3).forward(y_1);

const opts_2 = { kind: "gru", layers: 2 };
let m_2;
switch (opts_2.kind) {
  case "lstm":
    m_2 = new nn.LSTM(7, 3, opts_2.layers);
    break;
  case "gru":
    m_2 = new nn.GRU(7, 3, opts_2.layers);
    break;
  default:
    m_2 = new nn.RNN(7, 3, opts_2.layers);
}
const [o_2] = m_2.forward(torch.randn(3, 2, 7));
switch (opts_2.kind) {
  case "lstm":
    m_2.forward(torch.randn(3, 2, 8));
    break;
}
