// oracle: seed 294, closed, runs cleanly
import rnnlens = require("rnnlens");

const byName_0 = new Map();
byName_0.set("enc", new rnnlens.nn.LSTM(3, 7));
byName_0.get("enc").forward(rnnlens.torch.randn(2, 2, 3));
