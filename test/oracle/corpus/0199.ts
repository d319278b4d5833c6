// oracle: seed 199, closed, runs cleanly
import rl from "rnnlens";

const rnn_0 = new rl.nn.GRU(3, 8);
const cell_0 = new rl.nn.GRUCell(3, 8);
const x_0 = rl.torch.randn(3, 3);
const r_0 = x_0.dim() === 3 ? rnn_0.forward(x_0)[0] : cell_0.forward(x_0);

const byName_1 = new Map();
byName_1.set("enc", new rl.nn.LSTM(4, 3));
byName_1.get("enc").forward(rl.torch.randn(2, 2, 4));
