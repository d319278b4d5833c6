// oracle: seed 333, closed, raises at 7: Expected hidden size (2, 3, 3), got [1, 3, 3]
import { torch, nn } from "rnnlens";

const cfg_0 = { inputSize: 7, hiddenSize: 3, numLayers: 1 };
if (cfg_0.inputSize > 0) cfg_0.numLayers = 2;
const m_0 = new nn.RNN(cfg_0);
const [o_0, h_0] = m_0.forward(torch.randn(4, 3, 7), torch.zeros(1, 3, 3));

function apply_1(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const hp_1a = { inputSize: 3, hiddenSize: 8, numLayers: 1 };
const a_1 = new nn.RNN({ ...hp_1a, numLayers: 1, bidirectional: false });
const b_1 = new nn.RNN({ input_size: 6, hidden_size: 3 });
const oa_1 = apply_1(a_1, torch.rand([3, 2, 6]));
const shape_1_4486 = [2, 3, 6];
const ob_1 = apply_1(b_1, torch.ones(...shape_1_4486));
