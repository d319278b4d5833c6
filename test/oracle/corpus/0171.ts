// oracle: seed 171, closed, raises at 6: Expected hidden size (1, 1, 5), got [3, 1, 5]
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(9, 5);
const x_0 = torch.rand(6, 1, 9);
const [out_0, st_0] = m_0.forward(x_0, torch.rand([3, 1, 5]));

const byName_1 = new Map();
byName_1.set("enc", new nn.LSTM(3, 5));
byName_1.get("enc").forward(torch.randn(2, 2, 5));
