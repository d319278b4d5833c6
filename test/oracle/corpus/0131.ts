// oracle: seed 131, closed, runs cleanly
import { torch, nn } from "rnnlens";

const cfg_0 = { inputSize: 2, hiddenSize: 3, numLayers: 2 };
const alias_0 = cfg_0;
alias_0.numLayers = 1;
const m_0 = new nn.RNN(cfg_0);
const [o_0, h_0] = m_0.forward(torch.randn(4, 4, 2), torch.zeros(cfg_0.numLayers, 4, 3));

let feats_1 = 4;
for (let i = 0; i < 0; i++) feats_1 = feats_1 + 3;
const m_1 = new nn.GRU(feats_1, 4);
m_1.forward(torch.randn(2, 2, feats_1));

const layers_2 = [new nn.RNN(6, 2)];
let y_2 = torch.randn(4, 1, 6);
for (const layer of layers_2) {
  [y_2] = layer.forward(y_2);
}
const z_2 = new nn.Linear(2, 3).forward(y_2);
