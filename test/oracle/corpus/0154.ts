// oracle: seed 154, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const m_0 = new nn.LSTM(4, 3);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(2, 2, 4));
const r_0_0 = h_0.squeeze();
const r_0_1 = o_0.detach().clone().contiguous();
const n_0 = o_0.numel() + o_0.dim() + o_0.size(-1);

const m_1 = new nn.GRU(5, 6);
setTimeout(() => m_1.forward(torch.randn(2, 3, 5)), 8);

const rnn_2 = new nn.GRU(4, 7);
const cell_2 = new nn.GRUCell(4, 7);
const x_2 = torch.randn(3, 4);
const r_2 = x_2.dim() === 3 ? rnn_2.forward(x_2)[0] : cell_2.forward(x_2);
