// oracle: seed 21, closed, raises at 9: input.size(-1) must be equal to input_size. Expected 5, got 6
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.GRU({ input_size: 5, hidden_size: 9, numLayers: 3, batch_first: true, dropout: 0.5 });
const shape_0_4656 = [1, 5, 6];
const x_0 = torch.randn(...shape_0_4656);
const shape_0_1835 = [3, 1, 9];
const [out_0, st_0] = m_0.forward(x_0, torch.ones(...shape_0_1835));
const head_0 = new nn.Linear(9, 3);
const y_0 = head_0.forward(out_0);

const cfg_1 = { inputSize: 9, hiddenSize: 6, numLayers: 2 };
cfg_1["numLayers"] = 1;
const m_1 = new nn.GRU(cfg_1.inputSize, cfg_1.hiddenSize, cfg_1.numLayers);
const [o_1, h_1] = m_1.forward(torch.randn(3, 4, 9), torch.zeros(cfg_1.numLayers, 4, 6));
