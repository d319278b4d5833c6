// oracle: seed 201, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const cfg_0 = { inputSize: 8, hiddenSize: 2, numLayers: 1 };
const alias_0 = cfg_0;
alias_0.numLayers = 2;
const m_0 = new nn.GRU(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(torch.randn(2, 4, 8), torch.zeros(2, 4, 2));

const cell_1 = new nn.GRUCell(3, 2);
for (let e = 0; e < 1; e++) {
  let h = torch.zeros(2, 2);
  for (let t = 0; t < 3; t++) {
    h = cell_1.forward(torch.randn(2, 3), h);
  }
}
