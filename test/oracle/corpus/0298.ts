// oracle: seed 298, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.LSTM(7, 2, { numLayers: 2, batchFirst: true });
const x_0 = torch.ones(4, 2, 7);
const [out_0, st_0] = m_0.forward(x_0);
const n_0 = out_0.size(0) * st_0[0].size(0);

const byName_1 = new Map();
byName_1.set("enc", new nn.LSTM(4, 5));
byName_1.get("enc").forward(torch.randn(2, 2, 4));
