// oracle: seed 173, closed, runs cleanly
import { torch, nn } from "rnnlens";

const cfg_0 = { inputSize: 7, hiddenSize: 2, numLayers: 2 };
cfg_0["numLayers"] = 1;
const m_0 = new nn.GRU(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(torch.randn(4, 3, 7), torch.zeros(cfg_0.numLayers, 3, 2));

function apply_1(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_1 = new nn.RNN({ input_size: 8, hiddenSize: 4, num_layers: 2, batch_first: false });
const args_1b: [number, number, number] = [5, 9, 2];
const b_1 = new nn.RNN(...args_1b);
const oa_1 = apply_1(a_1, torch.ones(3, 2, 8));
const shape_1_7474 = [2, 3, 5];
const ob_1 = apply_1(b_1, torch.rand(...shape_1_7474));

const pair_2 = [new nn.GRU(5, 4), new nn.GRU(4, 4)];
pair_2[1].forward(torch.randn(2, 2, 4));
