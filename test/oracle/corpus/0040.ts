// oracle: seed 40, closed, raises at 16: mat1 and mat2 shapes cannot be multiplied (6x9 and 10x4)
const { torch, nn } = require("rnnlens");

const m_0 = new nn.LSTM(4, 5);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(4, 2, 4));
const r_0_0 = c_0.select(0, -1);
const r_0_1 = o_0.permute(2, 0, 1).contiguous();
const r_0_2 = o_0.permute(2, 0, 1).contiguous();
const n_0 = o_0.numel() + o_0.dim() + o_0.size(0);

const m_1 = new nn.LSTM({ input_size: 2, hidden_size: 9 });
const shape_1_1899 = [6, 1, 2];
const x_1 = torch.zeros(...shape_1_1899);
const [out_1, st_1] = m_1.forward(x_1, [torch.ones(1, 1, 9), torch.randn(1, 1, 9)]);
const head_1 = new nn.Linear(10, 4);
const y_1 = head_1.forward(out_1);
const last_1 = y_1.select(0, -1);

const m_2 = new nn.GRU(6, 4);
let w_2 = 7;
[1, 2].forEach(() => {
  w_2 = 6;
});
m_2.forward(torch.randn(2, 3, w_2));
