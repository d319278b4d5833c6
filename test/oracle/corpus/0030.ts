// oracle: seed 30, closed, raises at 7: input.size(-1) must be equal to input_size. Expected 3, got 6
import rl from "rnnlens";

let feats_0 = 2;
for (let i = 0; i < 1; i++) feats_0 = feats_0 + 1;
const m_0 = new rl.nn.GRU(feats_0, 4);
m_0.forward(rl.torch.randn(2, 2, 6));

const layers_1 = [new rl.nn.GRU(7, 5), new rl.nn.GRU(5, 8), new rl.nn.GRU(8, 7)];
let y_1 = rl.torch.randn(3, 1, 7);
for (const layer of layers_1) {
  [y_1] = layer.forward(y_1);
}

const m_2 = new rl.nn.LSTM(4, 3);
const [o_2, [h_2, c_2]] = m_2.forward(rl.torch.randn(4, 2, 4));
const r_2_0 = o_2.select(0, 4 / 2);
const r_2_1 = h_2.squeeze(0).unsqueeze(1);
const r_2_2 = o_2.detach().clone().contiguous();
const n_2 = o_2.numel() + o_2.dim() + o_2.size(0);
