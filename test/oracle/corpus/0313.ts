// oracle: seed 313, closed, runs cleanly
import { torch, nn } from "rnnlens";

const m_0 = new nn.LSTM(4, 3);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(4, 2, 4));
const r_0_0 = o_0.slice(0, 0, 3);
const r_0_1 = o_0.reshape(8, -1);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(-1);

let feats_1 = 5;
for (let i = 0; i < 3; i++) feats_1 = feats_1 + 1;
const m_1 = new nn.GRU(feats_1, 4);
m_1.forward(torch.randn(2, 2, feats_1));

const layers_2 = [new nn.RNN(4, 4)];
let y_2 = torch.randn(5, 2, 4);
for (const layer of layers_2) {
  [y_2] = layer.forward(y_2);
}
const z_2 = new nn.Linear(4, 3).forward(y_2);
