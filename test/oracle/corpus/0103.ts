// oracle: seed 103, closed, runs cleanly
import * as rl from "rnnlens";

const m_0 = new rl.nn.LSTM(4, 3, { numLayers: 1, batch_first: true, dropout: 0.1 });
const x_0 = rl.torch.ones(1, 1, 4);
const [out_0, st_0] = m_0.forward(x_0);

let feats_1 = 2;
for (let i = 0; i < 3; i++) feats_1 = feats_1 + 1;
const m_1 = new rl.nn.GRU(feats_1, 4);
m_1.forward(rl.torch.randn(2, 2, feats_1));

const byName_2 = new Map();
byName_2.set("enc", new rl.nn.LSTM(5, 5));
byName_2.get("enc").forward(rl.torch.randn(2, 2, 5));
