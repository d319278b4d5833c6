// oracle: seed 11, closed, raises at 5: input.size(-1) must be equal to input_size. Expected 5, got 7
import * as rl from "rnnlens";
const { torch, nn } = rl;

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const args_0a: [number, number, number] = [8, 6, 1];
const a_0 = new nn.GRU(...args_0a);
const { RNN: RNN_0b } = nn;
const b_0 = new RNN_0b(5, 8);
const oa_0 = apply_0(a_0, torch.ones([3, 2, 8]));
const ob_0 = apply_0(b_0, torch.rand([2, 3, 7]));

const cfg_1 = { inputSize: 7, hiddenSize: 4, numLayers: 2 };
cfg_1["numLayers"] = 2;
const m_1 = new nn.RNN(cfg_1.inputSize, cfg_1.hiddenSize, cfg_1.numLayers);
const [o_1, h_1] = m_1.forward(torch.randn(1, 4, 7), torch.zeros(cfg_1.numLayers, 4, 4));
