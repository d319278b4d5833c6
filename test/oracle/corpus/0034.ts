// oracle: seed 34, closed, raises at 21: input.size(-1) must be equal to input_size. Expected 10, got 8
const { torch, nn } = require("rnnlens");

const cfg_0 = { inputSize: 4, hiddenSize: 3, numLayers: 2 };
if (cfg_0.inputSize > 2) cfg_0.numLayers = 2;
const m_0 = new nn.RNN(cfg_0);
const [o_0, h_0] = m_0.forward(torch.randn(1, 4, 4), torch.zeros(cfg_0.numLayers, 4, 3));

const hp_1 = { inputSize: 9, hiddenSize: 5, numLayers: 1 };
const m_1 = new nn.GRU({ ...hp_1, numLayers: 1, batch_first: true, bidirectional: true });
const x_1 = torch.rand(4, 1, 9);
const [out_1, st_1] = m_1.forward(x_1, torch.ones(2, 4, 5));
const head_1 = new nn.Linear(10, 5);
const y_1 = head_1.forward(out_1);
const last_1 = y_1.select(1, 0);
const n_1 = out_1.size(2) * st_1.size(0);

const layers_2 = [new nn.RNN(7, 8), new nn.RNN(10, 4)];
let y_2 = torch.randn(1, 3, 7);
for (let i = 0; i < layers_2.length; i++) {
  const [next] = layers_2[i].forward(y_2);
  y_2 = next;
}
const z_2 = new nn.Linear(4, 3).forward(y_2);
