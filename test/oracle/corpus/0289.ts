// oracle: seed 289, closed, raises at 12: Expected hidden size (2, 1, 6), got [1, 1, 6]
import { torch, nn } from "rnnlens";

const cfg_0 = { inputSize: 3, hiddenSize: 6, numLayers: 2 };
Object.assign(cfg_0, { numLayers: 1 });
const m_0 = new nn.RNN(cfg_0);
const [o_0, h_0] = m_0.forward(torch.randn(3, 3, 3), torch.zeros(1, 3, 6));

const cfg_1 = { inputSize: 7, hiddenSize: 6, numLayers: 1 };
cfg_1.numLayers = 2;
const m_1 = new nn.RNN(cfg_1.inputSize, cfg_1.hiddenSize, cfg_1.numLayers);
const [o_1, h_1] = m_1.forward(torch.randn(2, 1, 7), torch.zeros(1, 1, 6));

function apply_2(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_2 = new nn.RNN(7, 3);
const hp_2b = { inputSize: 8, hiddenSize: 6, numLayers: 1 };
const b_2 = new nn.GRU({ ...hp_2b, numLayers: 1 });
const oa_2 = apply_2(a_2, torch.randn(3, 2, 7));
const shape_2_3062 = [2, 3, 8];
const ob_2 = apply_2(b_2, torch.ones(...shape_2_3062));
