// oracle: seed 156, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(3, 4);
const [o_0] = m_0.forward(torch.randn(4, 2, 3));
const v_0 = o_0.permute(1, 0, 2).view(2, 4, 4);

const m_1 = new nn.GRU(7, 2);
Promise.resolve(torch.randn(2, 3, 7)).then((x) => m_1.forward(x));

const m_2 = new nn.RNN({ input_size: 8, hiddenSize: 4 });
const x_2 = torch.zeros(4, 1, 8);
const [out_2, st_2] = m_2.forward(x_2);
const head_2 = new nn.Linear(4, 5);
const y_2 = head_2.forward(out_2);
const last_2 = y_2.select(0, 0);
