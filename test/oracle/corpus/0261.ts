// oracle: seed 261, closed, runs cleanly
import * as rl from "rnnlens";

const m_0 = new rl.nn.GRU({ inputSize: 3, hidden_size: 2, num_layers: 3, batch_first: true, bidirectional: true });
const shape_0_4162 = [3, 2, 3];
const x_0 = rl.torch.ones(...shape_0_4162);
const [out_0, st_0] = m_0.forward(x_0);

const byName_1 = new Map();
byName_1.set("enc", new rl.nn.LSTM(2, 2));
byName_1.get("enc").forward(rl.torch.randn(2, 2, 2));
