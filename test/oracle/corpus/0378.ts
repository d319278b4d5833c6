// oracle: seed 378, open, runs cleanly
import rnnlens = require("rnnlens");

const byName_0 = new Map();
byName_0.set("enc", new rnnlens.nn.LSTM(2, 5));
byName_0.get("enc").forward(rnnlens.torch.randn(2, 2, 2));

const rnn_1 = new rnnlens.nn.GRU(5, 4);
const cell_1 = new rnnlens.nn.GRUCell(5, 4);
const x_1 = rnnlens.torch.randn(3, 5);
if (Date.now() < 0) {
  rnn_1.forward(rnnlens.torch.randn(2, 2, 6));
}
cell_1.forward(x_1);
