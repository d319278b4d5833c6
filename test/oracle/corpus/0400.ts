// oracle: seed 400, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const args_0: [number, number, number] = [8, 8, 3];
const m_0 = new nn.GRU(...args_0);
const x_0 = torch.zeros([4, 4, 8]);
const [out_0, st_0] = m_0.forward(x_0, torch.rand(3, 4, 8));

const m_1 = new nn.LSTM(8, 9, 1);
const x_1 = torch.zeros(2, 1, 8);
const [out_1, st_1] = m_1.forward(x_1, [torch.ones(1, 1, 9), torch.zeros(1, 1, 9)]);
