// oracle: seed 200, closed, raises at 14: zeros(): argument 'size' must be tuple of SymInts, but found element of type float at pos 1
import * as rl from "rnnlens";

const layers_0 = [new rl.nn.GRU(6, 7)];
let y_0 = rl.torch.randn(2, 3, 6);
layers_0.forEach((layer) => {
  [y_0] = layer.forward(y_0);
});

const m_1 = new rl.nn.LSTM(4, 4);
const [o_1, [h_1, c_1]] = m_1.forward(rl.torch.randn(4, 3, 4));
const r_1_0 = o_1.detach().clone().contiguous();
const r_1_1 = o_1.reshape(12, -1);
const r_1_2 = rl.torch.zeros(3 / 2, 4);
const r_1_3 = o_1.permute(1, 0, 2).contiguous();
const n_1 = o_1.numel() + o_1.dim() + o_1.size(-1);
