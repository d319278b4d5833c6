// oracle: seed 386, closed, runs cleanly
import { torch, nn } from "rnnlens";

const m_0 = new nn.LSTM(4, 3);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(2, 2, 4));
const r_0_0 = o_0.permute(0, 2, 1).contiguous();
const r_0_1 = h_0.squeeze();
const r_0_2 = o_0.select(1, 0).t();
const r_0_3 = c_0.select(0, -1);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(0);

const layers_1 = [new nn.RNN(8, 6), new nn.RNN(6, 2), new nn.RNN(2, 6)];
let y_1 = torch.randn(4, 3, 8);
layers_1.forEach((layer) => {
  [y_1] = layer.forward(y_1);
});
