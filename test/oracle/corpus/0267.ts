// oracle: seed 267, closed, runs cleanly
import * as rl from "rnnlens";

const m_0 = new rl.nn.GRU(6, 2);
it("runs the layer", () => {
  m_0.forward(rl.torch.randn(2, 3, 6));
});

const cfg_1 = { inputSize: 8, hiddenSize: 5, numLayers: 2 };
const alias_1 = cfg_1;
alias_1.numLayers = 2;
const m_1 = new rl.nn.RNN(cfg_1);
const [o_1, h_1] = m_1.forward(rl.torch.randn(5, 1, 8), rl.torch.zeros(cfg_1.numLayers, 1, 5));
