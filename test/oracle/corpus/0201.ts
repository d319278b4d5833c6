// oracle: seed 201, closed, raises at 10: mat1 and mat2 shapes cannot be multiplied (15x3 and 4x3)
import * as rl from "rnnlens";
const { torch, nn } = rl;

const layers_0 = [new nn.GRU(7, 2), new nn.GRU(2, 3)];
let y_0 = torch.randn(5, 3, 7);
layers_0.forEach((layer) => {
  [y_0] = layer.forward(y_0);
});
const z_0 = new nn.Linear(4, 3).forward(y_0);

const m_1 = new nn.LSTM(4, 3);
const [o_1, [h_1, c_1]] = m_1.forward(torch.randn(3, 2, 4));
const r_1_0 = o_1.flatten(0, -1);
const r_1_1 = o_1.view(6 / 3, -1);
const n_1 = o_1.numel() + o_1.dim() + o_1.size(0);
