// oracle: seed 284, closed, runs cleanly
import { torch, nn } from "rnnlens";

const byName_0 = new Map();
byName_0.set("enc", new nn.LSTM(3, 5));
byName_0.get("enc").forward(torch.randn(2, 2, 3));

const m_1 = new nn.RNN(9, 7, { num_layers: 2, batchFirst: true, dropout: 0.1 });
const x_1 = torch.randn([2, 1, 9]);
const [out_1, st_1] = m_1.forward(x_1);
const n_1 = out_1.size(0) * st_1.size(0);
