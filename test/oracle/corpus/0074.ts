// oracle: seed 74, closed, raises at 7: shape '[6, 9]' is invalid for input of size 27
import { torch, nn } from "rnnlens";

const m_0 = new nn.GRU(3, 3);
const [o_0] = m_0.forward(torch.randn(3, 3, 3));
const dims_0 = [6, 9];
const v_0 = o_0.view(...dims_0);

const apply_1 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const hp_1a = { inputSize: 5, hiddenSize: 3, numLayers: 1 };
const a_1 = new nn.LSTM({ ...hp_1a, numLayers: 1, batchFirst: true });
const b_1 = new nn.LSTM(7, 4, { num_layers: 2, batch_first: true });
const oa_1 = apply_1(a_1, torch.randn(2, 3, 5));
const ob_1 = apply_1(b_1, torch.ones([3, 2, 9]));

const m_2 = new nn.LSTM(4, 4);
const [o_2, [h_2, c_2]] = m_2.forward(torch.randn(2, 3, 4));
const r_2_0 = c_2.select(0, 1);
const r_2_1 = o_2.view(6 / 1, -1);
const n_2 = o_2.numel() + o_2.dim() + o_2.size(0);
