// oracle: seed 229, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const layers_0 = [new nn.RNN(4, 8)];
let y_0 = torch.randn(1, 3, 4);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}
const z_0 = new nn.Linear(8, 3).forward(y_0);

const m_1 = new nn.LSTM(4, 4);
const [o_1, [h_1, c_1]] = m_1.forward(torch.randn(3, 3, 4));
const r_1_0 = o_1.detach().clone().contiguous();
const r_1_1 = o_1.reshape(9, -1);
const r_1_2 = o_1.reshape(9, -1);
const n_1 = o_1.numel() + o_1.dim() + o_1.size(-1);

const m_2 = new nn.GRU(8, 5, { num_layers: 3, batchFirst: true, bidirectional: true });
const x_2 = torch.randn([2, 5, 8]);
const [out_2, st_2] = m_2.forward(x_2);
