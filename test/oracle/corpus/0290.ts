// oracle: seed 290, closed, raises at 18: input.size(-1) must be equal to input_size. Expected 7, got 8
import * as rl from "rnnlens";
const { torch, nn } = rl;

const byName_0 = new Map();
byName_0.set("enc", new nn.LSTM(3, 3));
byName_0.get("enc").forward(torch.randn(2, 2, 3));

const cfg_1 = { inputSize: 4, hiddenSize: 4, numLayers: 1 };
cfg_1.numLayers = 1;
const m_1 = new nn.GRU(cfg_1);
const [o_1, h_1] = m_1.forward(torch.randn(3, 4, 4), torch.zeros(cfg_1.numLayers, 4, 4));

const hp_2 = { inputSize: 7, hiddenSize: 8, numLayers: 1 };
const m_2 = new nn.GRU({ ...hp_2, numLayers: 1, bidirectional: true });
const x_2 = torch.ones(6, 3, 8);
const shape_2_4309 = [2, 3, 8];
const [out_2, st_2] = m_2.forward(x_2, torch.ones(...shape_2_4309));
const head_2 = new nn.Linear(16, 2);
const y_2 = head_2.forward(out_2);
const last_2 = y_2.select(0, 0);
