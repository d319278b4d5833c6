// oracle: seed 319, closed, raises at 14: input.size(-1) must be equal to input_size. Expected 5, got 10
import * as rl from "rnnlens";
const { torch, nn } = rl;

const cfg_0 = { inputSize: 5, hiddenSize: 7, numLayers: 1 };
Object.assign(cfg_0, { numLayers: 1 });
const m_0 = new nn.RNN(cfg_0);
const [o_0, h_0] = m_0.forward(torch.randn(3, 2, 5), torch.zeros(cfg_0.numLayers, 2, 7));

const m_1 = new nn.RNN(7, 9, { num_layers: 3, batch_first: true });
const x_1 = torch.ones(2, 1, 7);
const [out_1, st_1] = m_1.forward(x_1);

const apply_2 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const { RNN: RNN_2a } = nn;
const a_2 = new RNN_2a(5, 8, { numLayers: 2, bidirectional: true });
const { RNN: RNN_2b } = nn;
const b_2 = new RNN_2b(5, 9, { num_layers: 3, batchFirst: true, bidirectional: true });
const shape_2_4683 = [3, 2, 5];
const oa_2 = apply_2(a_2, torch.randn(...shape_2_4683));
const ob_2 = apply_2(b_2, torch.ones(3, 2, 10));
