// oracle: seed 165, closed, raises at 7: Expected hidden size (3, 1, 9), got [6, 1, 18]
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(7, 9, { num_layers: 3, dropout: 0.1 });
const x_0 = torch.ones(6, 1, 7);
const shape_0_2641 = [6, 1, 18];
const [out_0, st_0] = m_0.forward(x_0, torch.randn(...shape_0_2641));
const head_0 = new nn.Linear(10, 5);
const y_0 = head_0.forward(out_0);
const last_0 = y_0.select(0, 5);
const n_0 = out_0.size(0) * st_0.size(0);

const pair_1 = [new nn.GRU(7, 8), new nn.GRU(8, 8)];
pair_1[0].forward(torch.randn(2, 2, 7));
