// oracle: seed 11, closed, raises at 4: input.size(-1) must be equal to input_size. Expected 5, got 7
const { torch, nn } = require("rnnlens");

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const args_0a: [number, number, number] = [8, 6, 1];
const a_0 = new nn.GRU(...args_0a);
const { RNN: RNN_0b } = nn;
const b_0 = new RNN_0b(5, 8);
const oa_0 = apply_0(a_0, torch.ones([3, 2, 8]));
const ob_0 = apply_0(b_0, torch.rand([2, 3, 7]));

const hp_1 = { inputSize: 4, hiddenSize: 6, numLayers: 1 };
const m_1 = new nn.LSTM({ ...hp_1, numLayers: 2, batchFirst: false, bidirectional: true });
const shape_1_889 = [6, 4, 4];
const x_1 = torch.ones(...shape_1_889);
const [out_1, st_1] = m_1.forward(x_1);
const head_1 = new nn.Linear(12, 3);
const y_1 = head_1.forward(out_1);
