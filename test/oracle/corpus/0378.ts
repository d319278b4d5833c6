// oracle: seed 378, closed, runs cleanly
import rnnlens = require("rnnlens");

const byName_0 = new Map();
byName_0.set("enc", new rnnlens.nn.LSTM(2, 5));
byName_0.get("enc").forward(rnnlens.torch.randn(2, 2, 2));

let feats_1 = 3;
for (let i = 0; i < 0; i++) feats_1 = feats_1 + 1;
const m_1 = new rnnlens.nn.GRU(feats_1, 4);
m_1.forward(rnnlens.torch.randn(2, 2, 3));
