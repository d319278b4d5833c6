// oracle: seed 395, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const cell_0 = new nn.GRUCell(2, 6);
for (let e = 0; e < 1; e++) {
  let h = torch.zeros(2, 6);
  for (let t = 0; t < 1; t++) {
    h = cell_0.forward(torch.randn(2, 2), h);
  }
}

let feats_1 = 4;
for (let i = 0; i < 0; i++) feats_1 = feats_1 + 1;
const m_1 = new nn.GRU(feats_1, 4);
m_1.forward(torch.randn(2, 2, feats_1));

const m_2 = new nn.LSTM(4, 5);
const [o_2, [h_2, c_2]] = m_2.forward(torch.randn(4, 2, 4));
const r_2_0 = o_2.detach().clone().contiguous();
const r_2_1 = h_2.squeeze();
const r_2_2 = c_2.select(0, 0);
const n_2 = o_2.numel() + o_2.dim() + o_2.size(0);
