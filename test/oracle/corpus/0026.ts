// oracle: seed 26, closed, raises at 11: input.size(-1) must be equal to input_size. Expected 7, got 14
const { torch, nn } = require("rnnlens");

const rnn_0 = new nn.GRU(2, 7);
const cell_0 = new nn.GRUCell(2, 7);
const x_0 = torch.randn(4, 3, 2);
const r_0 = x_0.dim() === 3 ? rnn_0.forward(x_0)[0] : cell_0.forward(x_0);

const m_1 = new nn.GRU(7, 3);
let late_1 = torch.randn(2, 3, 8);
setTimeout(() => m_1.forward(late_1), 0);
late_1 = torch.randn(2, 3, 14);

const m_2 = new nn.LSTM(4, 4);
const [o_2, [h_2, c_2]] = m_2.forward(torch.randn(3, 2, 4));
const r_2_0 = h_2.squeeze(0).unsqueeze(0);
const r_2_1 = o_2.detach().clone().contiguous();
const n_2 = o_2.numel() + o_2.dim() + o_2.size(0);
m_2.eval();
m_2.train();
