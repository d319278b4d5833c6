// oracle: seed 32, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.LSTM(4, 3);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(4, 2, 4));
const r_0_0 = o_0.slice(0, 1, 2);
const r_0_1 = o_0.reshape(8, -1);
const r_0_2 = o_0.select(1, 0).t();
const n_0 = o_0.numel() + o_0.dim() + o_0.size(-1);

const m_1 = new nn.LSTM(4, 5);
const [o_1, [h_1, c_1]] = m_1.forward(torch.randn(2, 2, 4));
const r_1_0 = o_1.flatten(1, 1);
const r_1_1 = o_1.permute(0, 2, 1).contiguous();
const r_1_2 = o_1.detach().clone().contiguous();
const r_1_3 = o_1.permute(0, 2, 1).contiguous();
const n_1 = o_1.numel() + o_1.dim() + o_1.size(-1);

const layers_2 = [new nn.RNN(3, 6)];
let y_2 = torch.randn(2, 1, 3);
layers_2.forEach((layer) => {
  [y_2] = layer.forward(y_2);
});
