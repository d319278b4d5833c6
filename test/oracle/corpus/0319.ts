// oracle: seed 319, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.GRU(7, 5, { batchFirst: true, bidirectional: false, dropout: 0.1 });
const shape_0_51 = [1, 3, 7];
const x_0 = torch.randn(...shape_0_51);
const [out_0, st_0] = m_0.forward(x_0, torch.rand(1, 1, 5));

const m_1 = new nn.GRU(6, 8, { num_layers: 2, batchFirst: true });
const x_1 = torch.zeros(3, 6, 6);
const [out_1, st_1] = m_1.forward(x_1, torch.zeros(2, 3, 8));
const n_1 = out_1.size(2) * st_1.size(0);

const m_2 = new nn.GRU(8, 2);
setTimeout(() => m_2.forward(torch.randn(2, 3, 8)), 0);
