// oracle: seed 26, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const rnn_0 = new nn.GRU(2, 7);
const cell_0 = new nn.GRUCell(2, 7);
const x_0 = torch.randn(4, 3, 2);
const r_0 = x_0.dim() === 3 ? rnn_0.forward(x_0)[0] : cell_0.forward(x_0);

const byName_1 = new Map();
byName_1.set("enc", new nn.LSTM(7, 3));
byName_1.get("enc").forward(torch.randn(2, 2, 7));

const maybe_2 = new nn.RNN(8, 2);
maybe_2?.forward(torch.randn(3, 1, 8));
