// oracle: seed 204, closed, raises at 8: input.size(-1) must be equal to input_size. Expected 5, got 4
import * as rl from "rnnlens";
const { torch, nn } = rl;

const layers_0 = [new nn.RNN(3, 4), new nn.RNN(5, 7), new nn.RNN(7, 4)];
let y_0 = torch.randn(3, 2, 3);
layers_0.forEach((layer) => {
  [y_0] = layer.forward(y_0);
});

const cfg_1 = { inputSize: 5, hiddenSize: 5, numLayers: 2 };
if (cfg_1.inputSize > 6) cfg_1.numLayers = 1;
const m_1 = new nn.RNN(cfg_1.inputSize, cfg_1.hiddenSize, cfg_1.numLayers);
const [o_1, h_1] = m_1.forward(torch.randn(1, 3, 5), torch.zeros(2, 3, 5));
